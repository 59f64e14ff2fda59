<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>CacheOptions</name>
    <message>
        <source>Answer repeated requests from a cache: memory, disk (the user&apos;s cache folder), disk:PATH, or redis://[:password@]host:port/db to share one across machines. Without it, a profile saved with cache_responses (&quot;modelkit profile edit NAME --cache-responses&quot;, or the window&apos;s cache switch) uses disk.</source>
        <translation>Beantwortet wiederholte Anfragen aus einem Cache: memory, disk (der Cache-Ordner des Benutzers), disk:PATH oder redis://[:password@]host:port/db, um einen Cache über mehrere Rechner hinweg zu teilen. Ohne diese Option verwendet ein Profil, das mit cache_responses gespeichert wurde (&quot;modelkit profile edit NAME --cache-responses&quot; oder der Cache-Schalter des Fensters), disk.</translation>
    </message>
    <message>
        <source>STORE</source>
        <translation>STORE</translation>
    </message>
    <message>
        <source>Neither look up nor store replies, even when the profile caches responses.</source>
        <translation>Antworten weder im Cache nachschlagen noch speichern, auch wenn das Profil Antworten cacht.</translation>
    </message>
    <message>
        <source>How long cached replies stay valid (default 30 days; 0 = forever).</source>
        <translation>Wie lange gecachte Antworten gültig bleiben (Standard: 30 Tage; 0 = unbegrenzt).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDS</translation>
    </message>
    <message>
        <source>--cache and --no-cache cannot be combined</source>
        <translation>--cache und --no-cache können nicht kombiniert werden</translation>
    </message>
    <message>
        <source>--cache-ttl expects a non-negative number of seconds</source>
        <translation>--cache-ttl erwartet eine nicht negative Anzahl Sekunden</translation>
    </message>
    <message>
        <source>%1; the request goes to the provider uncached</source>
        <translation>%1; die Anfrage geht ohne Cache an den Provider</translation>
    </message>
    <message>
        <source>warning: cache: %1</source>
        <translation>Warnung: Cache: %1</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Usage: modelkit COMMAND [OPTIONS]

Commands:
  chat     send one request and print the reply
  compare  send one request to several models at once and compare them
  models   list the models of a provider
  tokens   count the prompt tokens of a request
  profile  add, edit, list or remove provider profiles
  key      store, remove or check a profile&apos;s API key in the keychain
  usage    show the tokens and cost of recorded calls
  import   convert OpenAI, Anthropic or AutoGen JSON to a conversation file
  export   write a conversation, or its request as curl, Python or JSON
  show     print a conversation for reading
  version  print the version

Run &quot;modelkit COMMAND --help&quot; for the options of a command.
</source>
        <translation>Aufruf: modelkit COMMAND [OPTIONS]

Befehle:
  chat     eine Anfrage senden und die Antwort ausgeben
  compare  eine Anfrage gleichzeitig an mehrere Modelle senden und sie vergleichen
  models   die Modelle eines Providers auflisten
  tokens   die Prompt-Tokens einer Anfrage zählen
  profile  Provider-Profile hinzufügen, bearbeiten, auflisten oder entfernen
  key      den API-Schlüssel eines Profils im Schlüsselbund speichern, entfernen oder prüfen
  usage    Tokens und Kosten aufgezeichneter Aufrufe anzeigen
  import   OpenAI-, Anthropic- oder AutoGen-JSON in eine Konversationsdatei umwandeln
  export   eine Konversation oder ihre Anfrage als curl, Python oder JSON schreiben
  show     eine Konversation lesbar ausgeben
  version  die Version ausgeben

Mit &quot;modelkit COMMAND --help&quot; erhalten Sie die Optionen eines Befehls.
</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>unbekannter Befehl &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unerwartetes Argument &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>CompareLane</name>
    <message>
        <source>a lane needs an id</source>
        <translation>eine Lane braucht eine ID</translation>
    </message>
    <message>
        <source>lane &quot;%1&quot; names neither a profile nor a provider</source>
        <translation>Lane &quot;%1&quot; nennt weder ein Profil noch einen Provider</translation>
    </message>
    <message>
        <source>lane &quot;%1&quot;: repeat must be from 1 to %2</source>
        <translation>Lane &quot;%1&quot;: repeat muss zwischen 1 und %2 liegen</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: a lane starts with a profile or provider (PROFILE:MODEL)</source>
        <translation>&quot;%1&quot;: eine Lane beginnt mit einem Profil oder Provider (PROFILE:MODEL)</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: expected KEY=VALUE at &quot;%2&quot;</source>
        <translation>&quot;%1&quot;: KEY=VALUE erwartet bei &quot;%2&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: repeat must be a whole number from 1 to %2</source>
        <translation>&quot;%1&quot;: repeat muss eine ganze Zahl von 1 bis %2 sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: cache must be true or false</source>
        <translation>&quot;%1&quot;: cache muss true oder false sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: unknown override &quot;%2&quot; (known: %3)</source>
        <translation>&quot;%1&quot;: unbekannte Überschreibung &quot;%2&quot; (bekannt: %3)</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2: %3</source>
        <translation>&quot;%1&quot;: %2: %3</translation>
    </message>
</context>
<context>
    <name>ComparisonDocument</name>
    <message>
        <source>invalid JSON at line %1, column %2: %3</source>
        <translation>ungültiges JSON in Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>Objekt erwartet</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: the file is larger than %2 MiB</source>
        <translation>%1: die Datei ist größer als %2 MiB</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>ConversationFiles</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>modelkit: warning: %1: %2 is left out (this version cannot send it)
</source>
        <translation>modelkit: Warnung: %1: %2 wird ausgelassen (diese Version kann es nicht senden)
</translation>
    </message>
</context>
<context>
    <name>CostText</name>
    <message>
        <source>$%1</source>
        <translation>%1 $</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1 in</source>
        <translation>%1 Eingabe</translation>
    </message>
    <message>
        <source>(%1 cached)</source>
        <translation>(%1 aus dem Cache)</translation>
    </message>
    <message>
        <source>%1 out</source>
        <translation>%1 Ausgabe</translation>
    </message>
    <message>
        <source>(%1 reasoning)</source>
        <translation>(%1 Reasoning)</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n Lauf</numerusform>
            <numerusform>%n Läufe</numerusform>
        </translation>
    </message>
    <message>
        <source>cost unknown</source>
        <translation>Kosten unbekannt</translation>
    </message>
    <message numerus="yes">
        <source>(+ %n run(s) without a known price)</source>
        <translation>
            <numerusform>(+ %n Lauf ohne bekannten Preis)</numerusform>
            <numerusform>(+ %n Läufe ohne bekannten Preis)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n estimated</source>
        <translation>
            <numerusform>%n geschätzt</numerusform>
            <numerusform>%n geschätzt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n from cache</source>
        <translation>
            <numerusform>%n aus dem Cache</numerusform>
            <numerusform>%n aus dem Cache</numerusform>
        </translation>
    </message>
    <message>
        <source>Run #%1</source>
        <translation>Lauf #%1</translation>
    </message>
    <message>
        <source>(estimated: the provider reported no usage)</source>
        <translation>(geschätzt: der Provider hat keine Nutzung gemeldet)</translation>
    </message>
    <message>
        <source>(from cache)</source>
        <translation>(aus dem Cache)</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>Provider code: %1</source>
        <translation>Provider-Code: %1</translation>
    </message>
    <message>
        <source>Request id: %1</source>
        <translation>Anfrage-ID: %1</translation>
    </message>
    <message>
        <source>The provider asks to retry in %1 s</source>
        <translation>Der Provider bittet, es in %1 s erneut zu versuchen</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Write a conversation in the modelkit.conversation format, or its request as a curl command, a Python script (autogen-ext) or the JSON body the app sends. Keys are read from environment variables by the code, never written into it.</source>
        <translation>Schreibt eine Konversation im Format modelkit.conversation oder ihre Anfrage als curl-Befehl, als Python-Skript (autogen-ext) oder als den JSON-Body, den die App sendet. Der Code liest Schlüssel aus Umgebungsvariablen; sie werden nie in ihn hineingeschrieben.</translation>
    </message>
    <message>
        <source>The conversation (any format &quot;modelkit import&quot; reads).</source>
        <translation>Die Konversation (jedes Format, das &quot;modelkit import&quot; liest).</translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output.</source>
        <translation>In FILE statt auf die Standardausgabe schreiben.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>json (default: the conversation), curl, python or body.</source>
        <translation>json (Standard: die Konversation), curl, python oder body.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>curl, python, body: the streaming request.</source>
        <translation>curl, python, body: die Streaming-Anfrage.</translation>
    </message>
    <message>
        <source>export takes exactly one FILE</source>
        <translation>export erwartet genau ein Argument FILE</translation>
    </message>
    <message>
        <source>--as must be json, curl, python or body</source>
        <translation>--as muss json, curl, python oder body sein</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>Convert a conversation to the modelkit.conversation format. FILE may be a modelkit conversation, an OpenAI messages array or Chat Completions request body, an Anthropic Messages request body, an AutoGen message list or a modelkit request (&quot;-&quot; reads standard input).</source>
        <translation>Wandelt eine Konversation in das Format modelkit.conversation um. FILE kann eine modelkit-Konversation sein, ein OpenAI-Messages-Array oder Chat-Completions-Anfrage-Body, ein Anthropic-Messages-Anfrage-Body, eine AutoGen-Nachrichtenliste oder eine modelkit-Anfrage (&quot;-&quot; liest von der Standardeingabe).</translation>
    </message>
    <message>
        <source>The file to import.</source>
        <translation>Die zu importierende Datei.</translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output.</source>
        <translation>In FILE statt auf die Standardausgabe schreiben.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>import takes exactly one FILE</source>
        <translation>import erwartet genau ein Argument FILE</translation>
    </message>
</context>
<context>
    <name>JsonTextCheck</name>
    <message>
        <source>expected an object or array</source>
        <translation>Objekt oder Array erwartet</translation>
    </message>
    <message>
        <source>unexpected end of document</source>
        <translation>unerwartetes Ende des Dokuments</translation>
    </message>
    <message>
        <source>unexpected text after the end of the document</source>
        <translation>unerwarteter Text nach dem Ende des Dokuments</translation>
    </message>
    <message>
        <source>trailing comma</source>
        <translation>überzähliges Komma am Ende</translation>
    </message>
    <message>
        <source>expected a key in double quotes</source>
        <translation>Schlüssel in doppelten Anführungszeichen erwartet</translation>
    </message>
    <message>
        <source>missing colon</source>
        <translation>Doppelpunkt fehlt</translation>
    </message>
    <message>
        <source>missing comma</source>
        <translation>Komma fehlt</translation>
    </message>
    <message>
        <source>expected a comma or &apos;}&apos;</source>
        <translation>Komma oder &apos;}&apos; erwartet</translation>
    </message>
    <message>
        <source>expected a comma or &apos;]&apos;</source>
        <translation>Komma oder &apos;]&apos; erwartet</translation>
    </message>
    <message>
        <source>invalid value</source>
        <translation>ungültiger Wert</translation>
    </message>
    <message>
        <source>missing value</source>
        <translation>Wert fehlt</translation>
    </message>
    <message>
        <source>unexpected character</source>
        <translation>unerwartetes Zeichen</translation>
    </message>
    <message>
        <source>unescaped control character in string</source>
        <translation>nicht maskiertes Steuerzeichen in der Zeichenkette</translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation>nicht abgeschlossene Zeichenkette</translation>
    </message>
    <message>
        <source>invalid escape sequence</source>
        <translation>ungültige Escape-Sequenz</translation>
    </message>
    <message>
        <source>invalid number</source>
        <translation>ungültige Zahl</translation>
    </message>
    <message>
        <source>nested too deeply</source>
        <translation>zu tief verschachtelt</translation>
    </message>
    <message>
        <source>document too large</source>
        <translation>Dokument zu groß</translation>
    </message>
    <message>
        <source>Enter a JSON object or array</source>
        <translation>Geben Sie ein JSON-Objekt oder -Array ein</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>number out of range</source>
        <translation>Zahl außerhalb des darstellbaren Bereichs</translation>
    </message>
</context>
<context>
    <name>KeyCommand</name>
    <message>
        <source>Usage: modelkit key set|remove|status NAME

Keeps the API key of profile NAME in the system keychain (service org.modelkit.Playground), never in a file.

  set     read the key from standard input (one line) and store it:
            modelkit key set NAME &lt; key.txt
            printf %s &quot;$KEY&quot; | modelkit key set NAME
          On a terminal it asks for the key without showing it. A key is
          never accepted as a command-line argument.
  remove  forget the stored key
  status  say whether a key is stored, and which environment variables
          the profile would also read
</source>
        <translation>Aufruf: modelkit key set|remove|status NAME

Bewahrt den API-Schlüssel des Profils NAME im Schlüsselbund des Systems auf (Dienst org.modelkit.Playground), nie in einer Datei.

  set     den Schlüssel von der Standardeingabe lesen (eine Zeile) und speichern:
            modelkit key set NAME &lt; key.txt
            printf %s &quot;$KEY&quot; | modelkit key set NAME
          Auf einem Terminal wird der Schlüssel verdeckt abgefragt. Ein Schlüssel
          wird nie als Kommandozeilenargument angenommen.
  remove  den gespeicherten Schlüssel vergessen
  status  anzeigen, ob ein Schlüssel gespeichert ist und welche Umgebungsvariablen
          das Profil außerdem lesen würde
</translation>
    </message>
    <message>
        <source>key takes no options: the key is read from standard input, never from the command line</source>
        <translation>key nimmt keine Optionen an: der Schlüssel wird von der Standardeingabe gelesen, nie von der Kommandozeile</translation>
    </message>
    <message>
        <source>key needs an action: set, remove or status</source>
        <translation>key braucht eine Aktion: set, remove oder status</translation>
    </message>
    <message>
        <source>unknown key action (set, remove or status)</source>
        <translation>unbekannte key-Aktion (set, remove oder status)</translation>
    </message>
    <message>
        <source>key %1 needs a profile name</source>
        <translation>key %1 braucht einen Profilnamen</translation>
    </message>
    <message>
        <source>key %1 takes only the profile name: the key is read from standard input, never from the command line</source>
        <translation>key %1 nimmt nur den Profilnamen an: der Schlüssel wird von der Standardeingabe gelesen, nie von der Kommandozeile</translation>
    </message>
    <message>
        <source>there is no profile by that name (see &quot;modelkit profile list&quot;; create one with &quot;modelkit profile add&quot;)</source>
        <translation>es gibt kein Profil mit diesem Namen (siehe &quot;modelkit profile list&quot;; legen Sie eines mit &quot;modelkit profile add&quot; an)</translation>
    </message>
    <message>
        <source>that name</source>
        <translation>diesen Namen</translation>
    </message>
    <message>
        <source>cannot read standard input</source>
        <translation>die Standardeingabe kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>API key for &quot;%1&quot; (input hidden): </source>
        <translation>API-Schlüssel für &quot;%1&quot; (Eingabe verborgen): </translation>
    </message>
    <message>
        <source>the first line of standard input is too long to be an API key</source>
        <translation>die erste Zeile der Standardeingabe ist zu lang für einen API-Schlüssel</translation>
    </message>
    <message>
        <source>standard input holds more than one line; give the key alone on one line</source>
        <translation>die Standardeingabe enthält mehr als eine Zeile; geben Sie den Schlüssel allein in einer Zeile an</translation>
    </message>
    <message>
        <source>no key on standard input (nothing was stored)</source>
        <translation>kein Schlüssel auf der Standardeingabe (es wurde nichts gespeichert)</translation>
    </message>
    <message>
        <source>the key contains control characters (nothing was stored)</source>
        <translation>der Schlüssel enthält Steuerzeichen (es wurde nichts gespeichert)</translation>
    </message>
    <message>
        <source>Stored the API key of &quot;%1&quot; in the keychain.
</source>
        <translation>Der API-Schlüssel von &quot;%1&quot; wurde im Schlüsselbund gespeichert.
</translation>
    </message>
    <message>
        <source>the keychain is unavailable (%1). The key was not stored: modelkit never writes keys to disk in plain text. Start a Secret Service (gnome-keyring, KWallet, KeePassXC), or give the key through an environment variable: %2.</source>
        <translation>der Schlüsselbund ist nicht verfügbar (%1). Der Schlüssel wurde nicht gespeichert: modelkit schreibt Schlüssel nie im Klartext auf die Festplatte. Starten Sie einen Secret Service (gnome-keyring, KWallet, KeePassXC) oder übergeben Sie den Schlüssel über eine Umgebungsvariable: %2.</translation>
    </message>
    <message>
        <source>name one with &quot;modelkit profile edit %1 --key-env VAR&quot;</source>
        <translation>legen Sie eine mit &quot;modelkit profile edit %1 --key-env VAR&quot; fest</translation>
    </message>
    <message>
        <source>set %1</source>
        <translation>setzen Sie %1</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>the keychain did not store the key (%1)</source>
        <translation>der Schlüsselbund hat den Schlüssel nicht gespeichert (%1)</translation>
    </message>
    <message>
        <source>No API key was stored for %1.
</source>
        <translation>Für %1 war kein API-Schlüssel gespeichert.
</translation>
    </message>
    <message>
        <source>Removed the API key of %1 from the keychain.
</source>
        <translation>Der API-Schlüssel für %1 wurde aus dem Schlüsselbund entfernt.
</translation>
    </message>
    <message>
        <source>the keychain is unavailable (%1)</source>
        <translation>der Schlüsselbund ist nicht verfügbar (%1)</translation>
    </message>
    <message>
        <source>the keychain did not remove the key (%1)</source>
        <translation>der Schlüsselbund hat den Schlüssel nicht entfernt (%1)</translation>
    </message>
    <message>
        <source>%1: API key stored in the keychain
</source>
        <translation>%1: API-Schlüssel im Schlüsselbund gespeichert
</translation>
    </message>
    <message>
        <source>%1: no API key stored in the keychain
</source>
        <translation>%1: kein API-Schlüssel im Schlüsselbund gespeichert
</translation>
    </message>
    <message>
        <source>%1: keychain unavailable (%2)
</source>
        <translation>%1: Schlüsselbund nicht verfügbar (%2)
</translation>
    </message>
    <message>
        <source>%1: keychain error (%2)
</source>
        <translation>%1: Fehler im Schlüsselbund (%2)
</translation>
    </message>
    <message>
        <source>%1 is not set
</source>
        <translation>%1 ist nicht gesetzt
</translation>
    </message>
    <message>
        <source>%1 is set
</source>
        <translation>%1 ist gesetzt
</translation>
    </message>
</context>
<context>
    <name>ModelCatalog</name>
    <message>
        <source>Cannot read the model catalog %1: %2</source>
        <translation>Der Modellkatalog %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>(built-in data)</source>
        <translation>(integrierte Daten)</translation>
    </message>
    <message>
        <source>The model catalog %1 is not valid JSON (at offset %2: %3)</source>
        <translation>Der Modellkatalog %1 ist kein gültiges JSON (bei Offset %2: %3)</translation>
    </message>
    <message>
        <source>The model catalog %1 is invalid: %2</source>
        <translation>Der Modellkatalog %1 ist ungültig: %2</translation>
    </message>
    <message>
        <source>The model catalog %1 has format version %2; this version of the application reads version %3 and older.</source>
        <translation>Der Modellkatalog %1 hat die Formatversion %2; diese Version der Anwendung liest Version %3 und älter.</translation>
    </message>
    <message>
        <source>Capabilities and limits from the &quot;%1&quot; section of the catalog; the price on this provider is unknown.</source>
        <translation>Fähigkeiten und Limits aus dem Abschnitt &quot;%1&quot; des Katalogs; der Preis bei diesem Provider ist unbekannt.</translation>
    </message>
    <message>
        <source>An override needs a provider and a model.</source>
        <translation>Eine Überschreibung braucht einen Provider und ein Modell.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be overridden (overridable: %2).</source>
        <translation>&quot;%1&quot; kann nicht überschrieben werden (überschreibbar: %2).</translation>
    </message>
    <message>
        <source>The override for %1 is invalid: %2</source>
        <translation>Die Überschreibung für %1 ist ungültig: %2</translation>
    </message>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation>kein gültiges JSON bei Offset %1: %2</translation>
    </message>
    <message>
        <source>$.format: expected &quot;%1&quot;</source>
        <translation>$.format: &quot;%1&quot; erwartet</translation>
    </message>
    <message>
        <source>format version %1 is not one this version of the application reads (1 to %2)</source>
        <translation>Formatversion %1 kann von dieser Version der Anwendung nicht gelesen werden (1 bis %2)</translation>
    </message>
    <message>
        <source>: expected an object</source>
        <translation>: Objekt erwartet</translation>
    </message>
    <message>
        <source>Cannot read the model catalog overrides %1: %2</source>
        <translation>Die Überschreibungen des Modellkatalogs %1 können nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The model catalog overrides in %1 cannot be read (%2) and were not applied. No copy of the file could be made, so it was left as it is.</source>
        <translation>Die Überschreibungen des Modellkatalogs in %1 können nicht gelesen werden (%2) und wurden nicht angewendet. Es konnte keine Kopie der Datei angelegt werden, daher wurde sie unverändert gelassen.</translation>
    </message>
    <message>
        <source>The model catalog overrides in %1 cannot be read (%2) and were not applied. A copy was kept as %3; saving overrides will replace the broken file.</source>
        <translation>Die Überschreibungen des Modellkatalogs in %1 können nicht gelesen werden (%2) und wurden nicht angewendet. Eine Kopie wurde als %3 aufbewahrt; beim Speichern von Überschreibungen wird die beschädigte Datei ersetzt.</translation>
    </message>
    <message>
        <source>No file was chosen for the model catalog overrides.</source>
        <translation>Es wurde keine Datei für die Überschreibungen des Modellkatalogs gewählt.</translation>
    </message>
    <message>
        <source>The model catalog overrides in %1 could not be read or copied; they are not replaced.</source>
        <translation>Die Überschreibungen des Modellkatalogs in %1 konnten weder gelesen noch kopiert werden; sie werden nicht ersetzt.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Cannot write the model catalog overrides %1: %2</source>
        <translation>Die Überschreibungen des Modellkatalogs %1 können nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>ProfileCommand</name>
    <message>
        <source>Manage provider profiles (shared with the Modelkit Playground window). Profiles never hold API keys: store those with &quot;modelkit key set NAME&quot;.</source>
        <translation>Verwaltet Provider-Profile (gemeinsam genutzt mit dem Fenster von Modelkit Playground). Profile enthalten nie API-Schlüssel: speichern Sie diese mit &quot;modelkit key set NAME&quot;.</translation>
    </message>
    <message>
        <source>add, edit, list or remove.</source>
        <translation>add, edit, list oder remove.</translation>
    </message>
    <message>
        <source>The profile&apos;s name (case-insensitive).</source>
        <translation>Der Name des Profils (ohne Unterscheidung von Groß- und Kleinschreibung).</translation>
    </message>
    <message>
        <source>[NAME]</source>
        <translation>[NAME]</translation>
    </message>
    <message>
        <source>API kind: %1.</source>
        <translation>API-Art: %1.</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>KIND</translation>
    </message>
    <message>
        <source>add: start from a ready-made profile: %1.</source>
        <translation>add: von einem vorgefertigten Profil ausgehen: %1.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Base URL of the API (empty: the kind&apos;s default).</source>
        <translation>Basis-URL der API (leer: Standardwert der API-Art).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Default model (Azure: the deployment name).</source>
        <translation>Standardmodell (Azure: der Deployment-Name).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Azure api-version, Anthropic&apos;s anthropic-version or Gemini&apos;s API version.</source>
        <translation>api-version von Azure, anthropic-version von Anthropic oder API-Version von Gemini.</translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation>VERSION</translation>
    </message>
    <message>
        <source>Extra HTTP header, repeatable; replaces a header of that name, an empty value removes it.</source>
        <translation>Zusätzlicher HTTP-Header, wiederholbar; ersetzt einen Header gleichen Namens, ein leerer Wert entfernt ihn.</translation>
    </message>
    <message>
        <source>NAME:VALUE</source>
        <translation>NAME:VALUE</translation>
    </message>
    <message>
        <source>Environment variable to read the key from when the keychain has none (empty: the kind&apos;s usual variables).</source>
        <translation>Umgebungsvariable, aus der der Schlüssel gelesen wird, wenn der Schlüsselbund keinen enthält (leer: die üblichen Variablen der API-Art).</translation>
    </message>
    <message>
        <source>VAR</source>
        <translation>VAR</translation>
    </message>
    <message>
        <source>Allow HTTP/2.</source>
        <translation>HTTP/2 erlauben.</translation>
    </message>
    <message>
        <source>Do not use HTTP/2 (the default).</source>
        <translation>HTTP/2 nicht verwenden (Standard).</translation>
    </message>
    <message>
        <source>Answer repeated requests from the response cache (the window&apos;s cache switch; &quot;modelkit chat&quot; and &quot;compare&quot; then use the disk cache unless told otherwise with --cache or --no-cache).</source>
        <translation>Wiederholte Anfragen aus dem Antwort-Cache beantworten (der Cache-Schalter des Fensters; &quot;modelkit chat&quot; und &quot;compare&quot; verwenden dann den Festplatten-Cache, sofern mit --cache oder --no-cache nichts anderes angegeben ist).</translation>
    </message>
    <message>
        <source>Always send requests to the provider (the default).</source>
        <translation>Anfragen immer an den Provider senden (Standard).</translation>
    </message>
    <message>
        <source>Total timeout of a call in seconds (default 600).</source>
        <translation>Gesamt-Timeout eines Aufrufs in Sekunden (Standard: 600).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDS</translation>
    </message>
    <message>
        <source>edit: give the profile a new name.</source>
        <translation>edit: dem Profil einen neuen Namen geben.</translation>
    </message>
    <message>
        <source>NEW</source>
        <translation>NEW</translation>
    </message>
    <message>
        <source>remove: leave the profile&apos;s key in the keychain.</source>
        <translation>remove: den Schlüssel des Profils im Schlüsselbund belassen.</translation>
    </message>
    <message>
        <source>list: text (default) or json.</source>
        <translation>list: text (Standard) oder json.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>profile needs an action: add, edit, list or remove</source>
        <translation>profile braucht eine Aktion: add, edit, list oder remove</translation>
    </message>
    <message>
        <source>unknown profile action &quot;%1&quot; (add, edit, list or remove)</source>
        <translation>unbekannte profile-Aktion &quot;%1&quot; (add, edit, list oder remove)</translation>
    </message>
    <message>
        <source>--%1 does not apply to &quot;profile %2&quot;</source>
        <translation>--%1 gilt nicht für &quot;profile %2&quot;</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unerwartetes Argument &quot;%1&quot;</translation>
    </message>
    <message>
        <source>profile %1 needs a profile name</source>
        <translation>profile %1 braucht einen Profilnamen</translation>
    </message>
    <message>
        <source>--preset and --kind cannot be combined</source>
        <translation>--preset und --kind können nicht kombiniert werden</translation>
    </message>
    <message>
        <source>unknown preset &quot;%1&quot; (known: %2)</source>
        <translation>unbekannte Vorlage &quot;%1&quot; (bekannt: %2)</translation>
    </message>
    <message>
        <source>profile add needs --kind (%1) or --preset (%2)</source>
        <translation>profile add braucht --kind (%1) oder --preset (%2)</translation>
    </message>
    <message>
        <source>Added profile %1.
</source>
        <translation>Profil %1 hinzugefügt.
</translation>
    </message>
    <message>
        <source>Store its API key with: modelkit key set &quot;%1&quot;
</source>
        <translation>Speichern Sie seinen API-Schlüssel mit: modelkit key set &quot;%1&quot;
</translation>
    </message>
    <message>
        <source>Store its API key with: modelkit key set &quot;%1&quot; (or set %2)
</source>
        <translation>Speichern Sie seinen API-Schlüssel mit: modelkit key set &quot;%1&quot; (oder setzen Sie %2)
</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>there is no profile named &quot;%1&quot;</source>
        <translation>es gibt kein Profil namens &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Updated profile %1.
</source>
        <translation>Profil %1 aktualisiert.
</translation>
    </message>
    <message>
        <source>--output must be text or json</source>
        <translation>--output muss text oder json sein</translation>
    </message>
    <message>
        <source>No profiles yet. Add one with &quot;modelkit profile add NAME --kind KIND&quot; or &quot;modelkit profile add --preset ID&quot;.
</source>
        <translation>Noch keine Profile vorhanden. Fügen Sie eines mit &quot;modelkit profile add NAME --kind KIND&quot; oder &quot;modelkit profile add --preset ID&quot; hinzu.
</translation>
    </message>
    <message>
        <source>MODEL</source>
        <translation>MODELL</translation>
    </message>
    <message>
        <source>BASE URL</source>
        <translation>BASIS-URL</translation>
    </message>
    <message>
        <source>KEY FROM</source>
        <translation>SCHLÜSSEL AUS</translation>
    </message>
    <message>
        <source>keychain</source>
        <translation>Schlüsselbund</translation>
    </message>
    <message>
        <source>Removed profile &quot;%1&quot;.
</source>
        <translation>Profil &quot;%1&quot; entfernt.
</translation>
    </message>
    <message>
        <source>the keychain could not be reached (%1): a key stored for &quot;%2&quot;, if any, is still there; remove it later with &quot;modelkit key remove %2&quot;</source>
        <translation>der Schlüsselbund war nicht erreichbar (%1): ein für &quot;%2&quot; gespeicherter Schlüssel ist, falls vorhanden, noch dort; entfernen Sie ihn später mit &quot;modelkit key remove %2&quot;</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot; (known: %2)</source>
        <translation>unbekannte Art &quot;%1&quot; (bekannt: %2)</translation>
    </message>
    <message>
        <source>--base-url &quot;%1&quot; is not an http(s) URL</source>
        <translation>--base-url &quot;%1&quot; ist keine http(s)-URL</translation>
    </message>
    <message>
        <source>--header &quot;%1&quot; is not NAME:VALUE</source>
        <translation>--header &quot;%1&quot; hat nicht die Form NAME:VALUE</translation>
    </message>
    <message>
        <source>--http2 and --no-http2 cannot be combined</source>
        <translation>--http2 und --no-http2 können nicht kombiniert werden</translation>
    </message>
    <message>
        <source>--cache-responses and --no-cache-responses cannot be combined</source>
        <translation>--cache-responses und --no-cache-responses können nicht kombiniert werden</translation>
    </message>
    <message>
        <source>--timeout expects a whole number of seconds, at least 1</source>
        <translation>--timeout erwartet eine ganze Zahl von Sekunden, mindestens 1</translation>
    </message>
    <message>
        <source>the key of &quot;%1&quot; could not be moved to &quot;%2&quot; in the keychain (%3); it is still stored under the old name</source>
        <translation>der Schlüssel von &quot;%1&quot; konnte im Schlüsselbund nicht nach &quot;%2&quot; verschoben werden (%3); er ist weiterhin unter dem alten Namen gespeichert</translation>
    </message>
    <message>
        <source>the keychain could not be reached (%1): a key stored for &quot;%2&quot;, if any, was not moved to &quot;%3&quot;; store it again with &quot;modelkit key set %3&quot;</source>
        <translation>der Schlüsselbund war nicht erreichbar (%1): ein für &quot;%2&quot; gespeicherter Schlüssel wurde, falls vorhanden, nicht nach &quot;%3&quot; verschoben; speichern Sie ihn erneut mit &quot;modelkit key set %3&quot;</translation>
    </message>
    <message>
        <source>, responses cached</source>
        <translation>, Antworten werden gecacht</translation>
    </message>
</context>
<context>
    <name>ProviderOptions</name>
    <message>
        <source>Provider: openai, azure, compatible (any OpenAI-compatible server), anthropic, gemini, ollama, demo (offline, the GUI&apos;s Demo provider) or replay.</source>
        <translation>Provider: openai, azure, compatible (jeder OpenAI-kompatible Server), anthropic, gemini, ollama, demo (offline, der Demo-Provider der GUI) oder replay.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Use a stored provider profile (see &quot;modelkit profile&quot;) instead of --provider; options given with it override its settings.</source>
        <translation>Ein gespeichertes Provider-Profil (siehe &quot;modelkit profile&quot;) statt --provider verwenden; zusätzlich angegebene Optionen überschreiben seine Einstellungen.</translation>
    </message>
    <message>
        <source>Base URL of the API (e.g. http://localhost:8000/v1).</source>
        <translation>Basis-URL der API (z. B. http://localhost:8000/v1).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Model name (Azure: the deployment name).</source>
        <translation>Modellname (Azure: der Deployment-Name).</translation>
    </message>
    <message>
        <source>Environment variable holding the API key (default: the provider&apos;s usual one: OPENAI_API_KEY, AZURE_OPENAI_API_KEY, ANTHROPIC_API_KEY, GEMINI_API_KEY or GOOGLE_API_KEY, OLLAMA_API_KEY).</source>
        <translation>Umgebungsvariable mit dem API-Schlüssel (Standard: die übliche des Providers: OPENAI_API_KEY, AZURE_OPENAI_API_KEY, ANTHROPIC_API_KEY, GEMINI_API_KEY oder GOOGLE_API_KEY, OLLAMA_API_KEY).</translation>
    </message>
    <message>
        <source>VAR</source>
        <translation>VAR</translation>
    </message>
    <message>
        <source>Azure OpenAI api-version (default 2024-10-21); Anthropic&apos;s anthropic-version (default 2023-06-01); Gemini&apos;s API version (default v1beta).</source>
        <translation>api-version von Azure OpenAI (Standard: 2024-10-21); anthropic-version von Anthropic (Standard: 2023-06-01); API-Version von Gemini (Standard: v1beta).</translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation>VERSION</translation>
    </message>
    <message>
        <source>Extra HTTP header, repeatable.</source>
        <translation>Zusätzlicher HTTP-Header, wiederholbar.</translation>
    </message>
    <message>
        <source>NAME:VALUE</source>
        <translation>NAME:VALUE</translation>
    </message>
    <message>
        <source>Replay provider: JSON file of scripted responses.</source>
        <translation>Replay-Provider: JSON-Datei mit vorgegebenen Antworten.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Ollama: how long the model stays loaded (e.g. 5m).</source>
        <translation>Ollama: wie lange das Modell geladen bleibt (z. B. 5m).</translation>
    </message>
    <message>
        <source>DURATION</source>
        <translation>DURATION</translation>
    </message>
    <message>
        <source>Ollama: context window to load the model with.</source>
        <translation>Ollama: Kontextfenster, mit dem das Modell geladen wird.</translation>
    </message>
    <message>
        <source>TOKENS</source>
        <translation>TOKENS</translation>
    </message>
    <message>
        <source>Retries on 408/409/429/5xx and connection errors (default 2).</source>
        <translation>Wiederholungsversuche bei 408/409/429/5xx und Verbindungsfehlern (Standard: 2).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Total timeout in seconds (default 600).</source>
        <translation>Gesamt-Timeout in Sekunden (Standard: 600).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDS</translation>
    </message>
    <message>
        <source>Fail when no byte arrives for this long (default 120).</source>
        <translation>Mit Fehler abbrechen, wenn so lange kein Byte eintrifft (Standard: 120).</translation>
    </message>
    <message>
        <source>Allow HTTP/2 (off by default).</source>
        <translation>HTTP/2 erlauben (standardmäßig aus).</translation>
    </message>
    <message>
        <source>--base-url &quot;%1&quot; is not an http(s) URL</source>
        <translation>--base-url &quot;%1&quot; ist keine http(s)-URL</translation>
    </message>
    <message>
        <source>--header &quot;%1&quot; is not NAME:VALUE</source>
        <translation>--header &quot;%1&quot; hat nicht die Form NAME:VALUE</translation>
    </message>
    <message>
        <source>--%1 expects a non-negative number</source>
        <translation>--%1 erwartet eine nicht negative Zahl</translation>
    </message>
    <message>
        <source>--num-ctx expects a positive number of tokens</source>
        <translation>--num-ctx erwartet eine positive Anzahl Tokens</translation>
    </message>
    <message>
        <source>command line</source>
        <translation>Kommandozeile</translation>
    </message>
    <message>
        <source>no API key: set %1 (or choose another variable with --api-key-env)</source>
        <translation>kein API-Schlüssel: setzen Sie %1 (oder wählen Sie mit --api-key-env eine andere Variable)</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>--provider azure needs --base-url (or AZURE_OPENAI_ENDPOINT)</source>
        <translation>--provider azure braucht --base-url (oder AZURE_OPENAI_ENDPOINT)</translation>
    </message>
    <message>
        <source>--provider compatible needs --base-url</source>
        <translation>--provider compatible braucht --base-url</translation>
    </message>
    <message>
        <source>there is no profile named &quot;%1&quot; (no profiles yet: create one with &quot;modelkit profile add&quot;)</source>
        <translation>es gibt kein Profil namens &quot;%1&quot; (noch keine Profile vorhanden: legen Sie eines mit &quot;modelkit profile add&quot; an)</translation>
    </message>
    <message>
        <source>there is no profile named &quot;%1&quot; (known: %2)</source>
        <translation>es gibt kein Profil namens &quot;%1&quot; (bekannt: %2)</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot;: %2</source>
        <translation>Profil &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>the keychain holds no key for it (store one with &quot;modelkit key set %1&quot;)</source>
        <translation>der Schlüsselbund enthält keinen Schlüssel dafür (speichern Sie einen mit &quot;modelkit key set %1&quot;)</translation>
    </message>
    <message>
        <source>the keychain is unavailable (%1)</source>
        <translation>der Schlüsselbund ist nicht verfügbar (%1)</translation>
    </message>
    <message>
        <source>the keychain refused to read it (%1)</source>
        <translation>der Schlüsselbund hat das Lesen verweigert (%1)</translation>
    </message>
    <message>
        <source>no API key for profile &quot;%1&quot;: %2, and it names no environment variable (add one with &quot;modelkit profile edit %1 --key-env VAR&quot;)</source>
        <translation>kein API-Schlüssel für Profil &quot;%1&quot;: %2, und es nennt keine Umgebungsvariable (fügen Sie eine mit &quot;modelkit profile edit %1 --key-env VAR&quot; hinzu)</translation>
    </message>
    <message>
        <source>no API key for profile &quot;%1&quot;: %2, and %3 is not set</source>
        <translation>kein API-Schlüssel für Profil &quot;%1&quot;: %2, und %3 ist nicht gesetzt</translation>
    </message>
    <message>
        <source>--provider replay needs --replay-script FILE</source>
        <translation>--provider replay braucht --replay-script FILE</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: invalid JSON at offset %2: %3</source>
        <translation>%1: ungültiges JSON bei Offset %2: %3</translation>
    </message>
    <message>
        <source>--profile and --provider cannot be combined</source>
        <translation>--profile und --provider können nicht kombiniert werden</translation>
    </message>
    <message>
        <source>--provider is required (%1), or --profile NAME</source>
        <translation>--provider ist erforderlich (%1), oder --profile NAME</translation>
    </message>
    <message>
        <source>unknown demo model &quot;%1&quot; (known: %2)</source>
        <translation>unbekanntes Demo-Modell &quot;%1&quot; (bekannt: %2)</translation>
    </message>
    <message>
        <source>unknown provider &quot;%1&quot; (known: %2)</source>
        <translation>unbekannter Provider &quot;%1&quot; (bekannt: %2)</translation>
    </message>
    <message>
        <source>the conversation names no provider: give --provider (%1) or --profile NAME</source>
        <translation>die Konversation nennt keinen Provider: geben Sie --provider (%1) oder --profile NAME an</translation>
    </message>
    <message>
        <source>the %1 provider sends no HTTP request: choose another with --provider or --profile</source>
        <translation>der Provider %1 sendet keine HTTP-Anfrage: wählen Sie mit --provider oder --profile einen anderen</translation>
    </message>
    <message>
        <source>Fail a reply larger than this many MB instead of reading on (default 256; 0 = no limit).</source>
        <translation>Eine Antwort, die größer als so viele MB ist, schlägt fehl, statt weiterzulesen (Standard 256; 0 = keine Grenze).</translation>
    </message>
    <message>
        <source>MB</source>
        <translation>MB</translation>
    </message>
    <message>
        <source>Fail a streamed event or line larger than this many MB (default 64; 0 = only the reply limit).</source>
        <translation>Ein gestreamtes Ereignis oder eine Zeile, die größer als so viele MB ist, schlägt fehl (Standard 64; 0 = nur die Antwortgrenze).</translation>
    </message>
    <message>
        <source>--%1 expects a non-negative number of megabytes</source>
        <translation>--%1 erwartet eine nicht negative Anzahl Megabyte</translation>
    </message>
</context>
<context>
    <name>RequestOptions</name>
    <message>
        <source>JSON file with the request: a modelkit conversation, {&quot;messages&quot;: [...], &quot;tools&quot;: ..., &quot;parameters&quot;: ...} or a list of messages in AutoGen&apos;s field names, an OpenAI messages array or Chat Completions body, or an Anthropic Messages body (see &quot;modelkit import&quot;).</source>
        <translation>JSON-Datei mit der Anfrage: eine modelkit-Konversation, {&quot;messages&quot;: [...], &quot;tools&quot;: ..., &quot;parameters&quot;: ...} oder eine Nachrichtenliste mit den Feldnamen von AutoGen, ein OpenAI-Messages-Array oder Chat-Completions-Body oder ein Anthropic-Messages-Body (siehe &quot;modelkit import&quot;).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>System message (placed first).</source>
        <translation>Systemnachricht (wird an den Anfang gestellt).</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>User message, repeatable; appended in order.</source>
        <translation>Benutzernachricht, wiederholbar; wird der Reihe nach angehängt.</translation>
    </message>
    <message>
        <source>JSON file with a list of tools: {name, description, parameters} or OpenAI&apos;s {type: &quot;function&quot;, function: {...}}.</source>
        <translation>JSON-Datei mit einer Liste von Tools: {name, description, parameters} oder im OpenAI-Format {type: &quot;function&quot;, function: {...}}.</translation>
    </message>
    <message>
        <source>auto, required, none or a tool name.</source>
        <translation>auto, required, none oder ein Tool-Name.</translation>
    </message>
    <message>
        <source>CHOICE</source>
        <translation>CHOICE</translation>
    </message>
    <message>
        <source>Ask for a JSON object reply.</source>
        <translation>Eine Antwort als JSON-Objekt anfordern.</translation>
    </message>
    <message>
        <source>JSON file with {name, schema, strict} or a bare JSON Schema for structured output.</source>
        <translation>JSON-Datei mit {name, schema, strict} oder ein reines JSON Schema für strukturierte Ausgabe.</translation>
    </message>
    <message>
        <source>Parameter KEY=VALUE, repeatable (temperature, top_p, max_tokens, seed, stop, reasoning_effort…; VALUE is JSON or text). Unknown keys go into the request body as they are.</source>
        <translation>Parameter KEY=VALUE, wiederholbar (temperature, top_p, max_tokens, seed, stop, reasoning_effort…; VALUE ist JSON oder Text). Unbekannte Schlüssel gehen unverändert in den Anfrage-Body.</translation>
    </message>
    <message>
        <source>KEY=VALUE</source>
        <translation>KEY=VALUE</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: invalid JSON at offset %2: %3</source>
        <translation>%1: ungültiges JSON bei Offset %2: %3</translation>
    </message>
    <message>
        <source>%1: $: expected a list of tools</source>
        <translation>%1: $: Liste von Tools erwartet</translation>
    </message>
    <message>
        <source>use either --json or --json-schema, not both</source>
        <translation>verwenden Sie entweder --json oder --json-schema, nicht beides</translation>
    </message>
    <message>
        <source>%1: $: expected a JSON Schema or {&quot;name&quot;, &quot;schema&quot;}</source>
        <translation>%1: $: JSON Schema oder {&quot;name&quot;, &quot;schema&quot;} erwartet</translation>
    </message>
    <message>
        <source>--param &quot;%1&quot; is not KEY=VALUE</source>
        <translation>--param &quot;%1&quot; hat nicht die Form KEY=VALUE</translation>
    </message>
    <message>
        <source>--param %1: %2</source>
        <translation>--param %1: %2</translation>
    </message>
    <message>
        <source>nothing to send: give --user TEXT or --request FILE</source>
        <translation>nichts zu senden: geben Sie --user TEXT oder --request FILE an</translation>
    </message>
</context>
<context>
    <name>ShowCommand</name>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>[image %1]</source>
        <translation>[Bild %1]</translation>
    </message>
    <message>
        <source>[image %1, %2 bytes]</source>
        <translation>[Bild %1, %2 Bytes]</translation>
    </message>
    <message>
        <source>of unknown type</source>
        <translation>unbekannten Typs</translation>
    </message>
    <message>
        <source>%1(%2)  id %3
</source>
        <translation>%1(%2)  ID %3
</translation>
    </message>
    <message>
        <source>%1 (a message type this version does not know; kept as is)
</source>
        <translation>%1 (ein Nachrichtentyp, den diese Version nicht kennt; unverändert übernommen)
</translation>
    </message>
    <message>
        <source>system</source>
        <translation>System</translation>
    </message>
    <message>
        <source>user</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source> (source %1)</source>
        <translation> (Quelle %1)</translation>
    </message>
    <message>
        <source>assistant</source>
        <translation>Assistent</translation>
    </message>
    <message>
        <source> · function calls</source>
        <translation> · Funktionsaufrufe</translation>
    </message>
    <message>
        <source>[thought] %1</source>
        <translation>[Überlegung] %1</translation>
    </message>
    <message>
        <source>tool results</source>
        <translation>Tool-Ergebnisse</translation>
    </message>
    <message>
        <source>%1 (%2) failed:</source>
        <translation>%1 (%2) fehlgeschlagen:</translation>
    </message>
    <message>
        <source>%1 (%2):</source>
        <translation>%1 (%2):</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <source>[%1, kept as is]</source>
        <translation>[%1, unverändert übernommen]</translation>
    </message>
    <message>
        <source> (profile %1)</source>
        <translation> (Profil %1)</translation>
    </message>
    <message>
        <source>streamed</source>
        <translation>gestreamt</translation>
    </message>
    <message>
        <source>not streamed</source>
        <translation>nicht gestreamt</translation>
    </message>
    <message>
        <source>cached</source>
        <translation>aus dem Cache</translation>
    </message>
    <message>
        <source>%1 prompt + %2 completion tokens%3</source>
        <translation>%1 Prompt- + %2 Completion-Tokens%3</translation>
    </message>
    <message>
        <source> (estimated)</source>
        <translation> (geschätzt)</translation>
    </message>
    <message>
        <source>cost unknown</source>
        <translation>Kosten unbekannt</translation>
    </message>
    <message>
        <source>first token %1 ms</source>
        <translation>erstes Token nach %1 ms</translation>
    </message>
    <message>
        <source>total %1 ms</source>
        <translation>gesamt %1 ms</translation>
    </message>
    <message>
        <source>%1 tokens/s</source>
        <translation>%1 Tokens/s</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Conversation (untitled)
</source>
        <translation>Konversation (ohne Titel)
</translation>
    </message>
    <message>
        <source>Conversation &quot;%1&quot;
</source>
        <translation>Konversation &quot;%1&quot;
</translation>
    </message>
    <message>
        <source>id %1 · created %2 · updated %3</source>
        <translation>ID %1 · erstellt %2 · aktualisiert %3</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>profile %1</source>
        <translation>Profil %1</translation>
    </message>
    <message>
        <source>provider %1</source>
        <translation>Provider %1</translation>
    </message>
    <message>
        <source>model %1</source>
        <translation>Modell %1</translation>
    </message>
    <message>
        <source>tools %1</source>
        <translation>Tools %1</translation>
    </message>
    <message>
        <source>tool_choice %1</source>
        <translation>tool_choice %1</translation>
    </message>
    <message>
        <source>output JSON object</source>
        <translation>Ausgabe als JSON-Objekt</translation>
    </message>
    <message>
        <source>output JSON schema &quot;%1&quot;</source>
        <translation>Ausgabe nach JSON-Schema &quot;%1&quot;</translation>
    </message>
    <message>
        <source>parameters %1</source>
        <translation>Parameter %1</translation>
    </message>
    <message>
        <source>extra_create_args %1</source>
        <translation>extra_create_args %1</translation>
    </message>
    <message>
        <source>No messages.
</source>
        <translation>Keine Nachrichten.
</translation>
    </message>
    <message>
        <source>Runs (%1):
</source>
        <translation>Durchläufe (%1):
</translation>
    </message>
    <message>
        <source>Print a conversation for reading.</source>
        <translation>Gibt eine Konversation lesbar aus.</translation>
    </message>
    <message>
        <source>The conversation (any format &quot;modelkit import&quot; reads).</source>
        <translation>Die Konversation (jedes Format, das &quot;modelkit import&quot; liest).</translation>
    </message>
    <message>
        <source>show takes exactly one FILE</source>
        <translation>show erwartet genau ein Argument FILE</translation>
    </message>
</context>
<context>
    <name>UsageCommand</name>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1 + unknown (%2 unpriced)</source>
        <translation>%1 + unbekannt (%2 ohne Preis)</translation>
    </message>
    <message>
        <source>CALLS</source>
        <translation>AUFRUFE</translation>
    </message>
    <message>
        <source>PROMPT</source>
        <translation>PROMPT</translation>
    </message>
    <message>
        <source>CACHED</source>
        <translation>GECACHT</translation>
    </message>
    <message>
        <source>COMPLETION</source>
        <translation>COMPLETION</translation>
    </message>
    <message>
        <source>REASONING</source>
        <translation>REASONING</translation>
    </message>
    <message>
        <source>COST</source>
        <translation>KOSTEN</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>total</source>
        <translation>gesamt</translation>
    </message>
    <message>
        <source>Show the tokens and cost of the calls recorded by modelkit chat and the Modelkit Playground window.</source>
        <translation>Zeigt Tokens und Kosten der Aufrufe, die modelkit chat und das Fenster von Modelkit Playground aufgezeichnet haben.</translation>
    </message>
    <message>
        <source>Only calls on or after this day.</source>
        <translation>Nur Aufrufe an oder nach diesem Tag.</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Only calls on or before this day.</source>
        <translation>Nur Aufrufe an oder vor diesem Tag.</translation>
    </message>
    <message>
        <source>Group by model (default), day, profile or provider.</source>
        <translation>Gruppieren nach model (Standard), day, profile oder provider.</translation>
    </message>
    <message>
        <source>GROUP</source>
        <translation>GROUP</translation>
    </message>
    <message>
        <source>CSV: one line per call (with --by: per group), with a header line.</source>
        <translation>CSV: eine Zeile pro Aufruf (mit --by: pro Gruppe), mit Kopfzeile.</translation>
    </message>
    <message>
        <source>text (default) or json.</source>
        <translation>text (Standard) oder json.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>--since must be a date such as 2026-01-31</source>
        <translation>--since muss ein Datum wie 2026-01-31 sein</translation>
    </message>
    <message>
        <source>--until must be a date such as 2026-01-31</source>
        <translation>--until muss ein Datum wie 2026-01-31 sein</translation>
    </message>
    <message>
        <source>--by must be model, day, profile or provider</source>
        <translation>--by muss model, day, profile oder provider sein</translation>
    </message>
    <message>
        <source>--output must be text or json</source>
        <translation>--output muss text oder json sein</translation>
    </message>
    <message>
        <source>--csv and --output json cannot be combined</source>
        <translation>--csv und --output json können nicht kombiniert werden</translation>
    </message>
    <message>
        <source>No calls recorded (%1).
</source>
        <translation>Keine Aufrufe aufgezeichnet (%1).
</translation>
    </message>
</context>
<context>
    <name>modelkit::CallError</name>
    <message>
        <source>the server redirected the request to %1; redirects are not followed for model requests, check the base URL</source>
        <translation>der Server hat die Anfrage nach %1 umgeleitet; bei Modellanfragen werden Umleitungen nicht verfolgt, prüfen Sie die Basis-URL</translation>
    </message>
</context>
<context>
    <name>modelkit::CatalogEntry</name>
    <message>
        <source>the model has no id</source>
        <translation>das Modell hat keine ID</translation>
    </message>
    <message>
        <source>%1: token limits must not be negative</source>
        <translation>%1: Token-Limits dürfen nicht negativ sein</translation>
    </message>
</context>
<context>
    <name>modelkit::ClientFactory</name>
    <message>
        <source>no HTTP transport to create a client with</source>
        <translation>kein HTTP-Transport vorhanden, mit dem ein Client erstellt werden kann</translation>
    </message>
    <message>
        <source>%1 needs an API key (profile &quot;%2&quot;)</source>
        <translation>%1 braucht einen API-Schlüssel (Profil &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>%1 needs an API key (profile &quot;%2&quot;; e.g. from %3)</source>
        <translation>%1 braucht einen API-Schlüssel (Profil &quot;%2&quot;; z. B. aus %3)</translation>
    </message>
    <message>
        <source>unknown provider kind</source>
        <translation>unbekannte Provider-Art</translation>
    </message>
</context>
<context>
    <name>modelkit::CodeExport</name>
    <message>
        <source>the request would carry the key outside its headers; it cannot be copied as code</source>
        <translation>die Anfrage würde den Schlüssel außerhalb ihrer Header übertragen; sie kann nicht als Code kopiert werden</translation>
    </message>
</context>
<context>
    <name>modelkit::Comparison</name>
    <message>
        <source>the comparison is running</source>
        <translation>der Vergleich läuft</translation>
    </message>
    <message>
        <source>a comparison needs 1 to %1 lanes</source>
        <translation>ein Vergleich braucht 1 bis %1 Lanes</translation>
    </message>
    <message>
        <source>no way to make the lanes&apos; clients was given</source>
        <translation>es wurde keine Möglichkeit angegeben, die Clients der Lanes zu erstellen</translation>
    </message>
    <message>
        <source>two lanes have the id &quot;%1&quot;</source>
        <translation>zwei Lanes haben die ID &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the client could not be made</source>
        <translation>der Client konnte nicht erstellt werden</translation>
    </message>
</context>
<context>
    <name>modelkit::DemoClient</name>
    <message>
        <source>Demo reasoner (offline)</source>
        <translation>Demo-Reasoner (offline)</translation>
    </message>
    <message>
        <source>Demo fast (offline)</source>
        <translation>Demo schnell (offline)</translation>
    </message>
    <message>
        <source>The Demo provider&apos;s scripted replies could not be read (%1).</source>
        <translation>Die vorgegebenen Antworten des Demo-Providers konnten nicht gelesen werden (%1).</translation>
    </message>
    <message>
        <source>The Demo provider has no model &quot;%1&quot;; it offers %2 and %3.</source>
        <translation>Der Demo-Provider hat kein Modell &quot;%1&quot;; er bietet %2 und %3 an.</translation>
    </message>
</context>
<context>
    <name>modelkit::HttpCall</name>
    <message>
        <source>the connection closed after %1 of the %2 bytes of the reply</source>
        <translation>die Verbindung wurde nach %1 der %2 Bytes der Antwort geschlossen</translation>
    </message>
</context>
<context>
    <name>modelkit::HttpCompletionJob</name>
    <message>
        <source>the server answered with a web page instead of the API&apos;s reply (a proxy or login page, or a wrong base URL?): %1</source>
        <translation>der Server hat mit einer Webseite statt mit der Antwort der API geantwortet (eine Proxy- oder Anmeldeseite oder eine falsche Basis-URL?): %1</translation>
    </message>
</context>
<context>
    <name>modelkit::KeychainSecretStore</name>
    <message>
        <source>no keychain service is available</source>
        <translation>kein Schlüsselbund-Dienst verfügbar</translation>
    </message>
    <message>
        <source>the keychain refused the request</source>
        <translation>der Schlüsselbund hat die Anfrage abgelehnt</translation>
    </message>
</context>
<context>
    <name>modelkit::ModelPrice</name>
    <message>
        <source>the %1 price must be a non-negative number</source>
        <translation>der Preis für %1 muss eine nicht negative Zahl sein</translation>
    </message>
</context>
<context>
    <name>modelkit::OllamaResponseReader</name>
    <message>
        <source>a stream line exceeded %1 MB</source>
        <translation>eine Stream-Zeile hat %1 MB überschritten</translation>
    </message>
</context>
<context>
    <name>modelkit::ProfileStore</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot make %1 private to its owner</source>
        <translation>der Zugriff auf %1 kann nicht auf den Eigentümer beschränkt werden</translation>
    </message>
    <message>
        <source>%1: %2 (a copy was kept as %3)</source>
        <translation>%1: %2 (eine Kopie wurde als %3 aufbewahrt)</translation>
    </message>
    <message>
        <source>there is no profile named &quot;%1&quot;</source>
        <translation>es gibt kein Profil namens &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the profile name &quot;%1&quot; starts or ends with a space</source>
        <translation>der Profilname &quot;%1&quot; beginnt oder endet mit einem Leerzeichen</translation>
    </message>
    <message>
        <source>the profile name contains control characters</source>
        <translation>der Profilname enthält Steuerzeichen</translation>
    </message>
    <message>
        <source>a profile named &quot;%1&quot; already exists</source>
        <translation>ein Profil namens &quot;%1&quot; existiert bereits</translation>
    </message>
    <message>
        <source>the profiles are not changed because the file could not be read: %1</source>
        <translation>die Profile werden nicht geändert, weil die Datei nicht gelesen werden konnte: %1</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht erstellt werden</translation>
    </message>
</context>
<context>
    <name>modelkit::ProviderKinds</name>
    <message>
        <source>OpenAI</source>
        <translation>OpenAI</translation>
    </message>
    <message>
        <source>Azure OpenAI</source>
        <translation>Azure OpenAI</translation>
    </message>
    <message>
        <source>Anthropic</source>
        <translation>Anthropic</translation>
    </message>
    <message>
        <source>Google Gemini</source>
        <translation>Google Gemini</translation>
    </message>
    <message>
        <source>Ollama</source>
        <translation>Ollama</translation>
    </message>
    <message>
        <source>OpenAI-compatible</source>
        <translation>OpenAI-kompatibel</translation>
    </message>
</context>
<context>
    <name>modelkit::ProviderProfile</name>
    <message>
        <source>the profile has no name</source>
        <translation>das Profil hat keinen Namen</translation>
    </message>
    <message>
        <source>Azure OpenAI needs a base URL (https://RESOURCE.openai.azure.com)</source>
        <translation>Azure OpenAI braucht eine Basis-URL (https://RESOURCE.openai.azure.com)</translation>
    </message>
    <message>
        <source>an OpenAI-compatible server needs a base URL (e.g. http://localhost:8000/v1)</source>
        <translation>ein OpenAI-kompatibler Server braucht eine Basis-URL (z. B. http://localhost:8000/v1)</translation>
    </message>
    <message>
        <source>the base URL &quot;%1&quot; is not an http(s) URL</source>
        <translation>die Basis-URL &quot;%1&quot; ist keine http(s)-URL</translation>
    </message>
    <message>
        <source>the timeout must be at least one second</source>
        <translation>das Timeout muss mindestens eine Sekunde betragen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid HTTP header name</source>
        <translation>&quot;%1&quot; ist kein gültiger HTTP-Header-Name</translation>
    </message>
    <message>
        <source>the value of header %1 contains a line break</source>
        <translation>der Wert des Headers %1 enthält einen Zeilenumbruch</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid environment variable name</source>
        <translation>&quot;%1&quot; ist kein gültiger Name für eine Umgebungsvariable</translation>
    </message>
    <message>
        <source>%1 (environment)</source>
        <translation>%1 (Umgebung)</translation>
    </message>
</context>
<context>
    <name>modelkit::SecretStore</name>
    <message numerus="yes">
        <source>the keychain did not answer within %n second(s)</source>
        <translation>
            <numerusform>der Schlüsselbund hat nicht innerhalb von %n Sekunde geantwortet</numerusform>
            <numerusform>der Schlüsselbund hat nicht innerhalb von %n Sekunden geantwortet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>modelkit::SseResponseReader</name>
    <message>
        <source>a stream event exceeded %1 MB</source>
        <translation>ein Stream-Ereignis hat %1 MB überschritten</translation>
    </message>
</context>
<context>
    <name>modelkit::UsageLedger</name>
    <message>
        <source>cannot read</source>
        <translation>Lesen fehlgeschlagen</translation>
    </message>
    <message>
        <source>usage ledger %1: %2: %3</source>
        <translation>Nutzungsprotokoll %1: %2: %3</translation>
    </message>
    <message>
        <source>cannot open</source>
        <translation>Öffnen fehlgeschlagen</translation>
    </message>
    <message>
        <source>the Qt SQLite driver is not installed (Debian: libqt6sql6-sqlite)</source>
        <translation>der Qt-SQLite-Treiber ist nicht installiert (Debian: libqt6sql6-sqlite)</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>cannot read the schema version</source>
        <translation>die Schemaversion kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>schema version %1 is newer than this program&apos;s %2</source>
        <translation>Schemaversion %1 ist neuer als die Version %2 dieses Programms</translation>
    </message>
    <message>
        <source>cannot migrate from schema version %1</source>
        <translation>Migration von Schemaversion %1 nicht möglich</translation>
    </message>
    <message>
        <source>cannot write</source>
        <translation>Schreiben fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>playground::BudgetGuard</name>
    <message>
        <source>Today&apos;s spending (%1) has reached the daily budget of %2.</source>
        <translation>Die heutigen Ausgaben (%1) haben das Tagesbudget von %2 erreicht.</translation>
    </message>
    <message>
        <source>This month&apos;s spending (%1) has reached the monthly budget of %2.</source>
        <translation>Die Ausgaben dieses Monats (%1) haben das Monatsbudget von %2 erreicht.</translation>
    </message>
    <message>
        <source>This request (about %1) would take today&apos;s spending to %2, over the daily budget of %3.</source>
        <translation>Diese Anfrage (etwa %1) würde die heutigen Ausgaben auf %2 bringen, über das Tagesbudget von %3.</translation>
    </message>
    <message>
        <source>This request (about %1) would take this month&apos;s spending to %2, over the monthly budget of %3.</source>
        <translation>Diese Anfrage (etwa %1) würde die Ausgaben dieses Monats auf %2 bringen, über das Monatsbudget von %3.</translation>
    </message>
</context>
<context>
    <name>playground::CacheSection</name>
    <message>
        <source>Use the response &amp;cache</source>
        <translation>Antwort-&amp;Cache verwenden</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>A request identical to an earlier one (messages, tools, tool choice, output format, every parameter, provider and model) is answered from the local disk cache: instantly, marked &quot;cached&quot;, and free in the actual usage. Remembered per provider profile.</source>
        <translation>Eine Anfrage, die einer früheren gleicht (Nachrichten, Tools, Tool-Auswahl, Ausgabeformat, alle Parameter, Provider und Modell), wird aus dem lokalen Cache auf der Festplatte beantwortet: sofort, als &quot;aus dem Cache&quot; markiert und kostenlos in der tatsächlichen Nutzung. Wird pro Provider-Profil gespeichert.</translation>
    </message>
    <message>
        <source>Delete every stored reply</source>
        <translation>Alle gespeicherten Antworten löschen</translation>
    </message>
    <message>
        <source>Clear the response cache</source>
        <translation>Antwort-Cache leeren</translation>
    </message>
    <message>
        <source>Delete every stored reply? Later requests go to the provider again.</source>
        <translation>Alle gespeicherten Antworten löschen? Spätere Anfragen gehen wieder an den Provider.</translation>
    </message>
    <message>
        <source>Cache error: %1</source>
        <translation>Cache-Fehler: %1</translation>
    </message>
    <message>
        <source>%1 · %2 stored, %3 · this session: %4 hits, %5 misses</source>
        <translation>%1 · %2 gespeichert, %3 · diese Sitzung: %4 Treffer, %5 Fehlschläge</translation>
    </message>
</context>
<context>
    <name>playground::CompareDiffView</name>
    <message>
        <source>S&amp;wap</source>
        <translation>Ve&amp;rtauschen</translation>
    </message>
    <message>
        <source>First reply</source>
        <translation>Erste Antwort</translation>
    </message>
    <message>
        <source>Words only in this reply are shown struck through</source>
        <translation>Wörter, die nur in dieser Antwort vorkommen, werden durchgestrichen angezeigt</translation>
    </message>
    <message>
        <source>Words only in this reply are shown struck through, in red</source>
        <translation>Wörter, die nur in dieser Antwort vorkommen, werden rot durchgestrichen angezeigt</translation>
    </message>
    <message>
        <source>Second reply</source>
        <translation>Zweite Antwort</translation>
    </message>
    <message>
        <source>Words only in this reply are shown highlighted</source>
        <translation>Wörter, die nur in dieser Antwort vorkommen, werden hervorgehoben angezeigt</translation>
    </message>
    <message>
        <source>Words only in this reply are shown highlighted in green</source>
        <translation>Wörter, die nur in dieser Antwort vorkommen, werden grün hervorgehoben angezeigt</translation>
    </message>
    <message>
        <source>Swap replies</source>
        <translation>Antworten tauschen</translation>
    </message>
    <message>
        <source>Swap the two replies</source>
        <translation>Die beiden Antworten tauschen</translation>
    </message>
    <message>
        <source>Word differences</source>
        <translation>Wortunterschiede</translation>
    </message>
    <message>
        <source>A word diff needs two replies</source>
        <translation>Ein Wortvergleich braucht zwei Antworten</translation>
    </message>
    <message>
        <source>Too different for a word diff; showing whole replies</source>
        <translation>Zu unterschiedlich für einen Wortvergleich; die ganzen Antworten werden angezeigt</translation>
    </message>
    <message>
        <source>Both replies are empty</source>
        <translation>Beide Antworten sind leer</translation>
    </message>
    <message>
        <source>The replies are identical</source>
        <translation>Die Antworten sind identisch</translation>
    </message>
    <message>
        <source>The replies differ only in whitespace</source>
        <translation>Die Antworten unterscheiden sich nur im Leerraum</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s) removed, %1 added; %2% unchanged</source>
        <translation>
            <numerusform>%n Wort entfernt, %1 hinzugefügt; %2 % unverändert</numerusform>
            <numerusform>%n Wörter entfernt, %1 hinzugefügt; %2 % unverändert</numerusform>
        </translation>
    </message>
    <message>
        <source>Fr&amp;om:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Zu:</translation>
    </message>
</context>
<context>
    <name>playground::CompareLaneView</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 ± %2</source>
        <translation>%1 ± %2</translation>
    </message>
    <message>
        <source>%1 tok/s</source>
        <translation>%1 Token/s</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Einstellungen…</translation>
    </message>
    <message>
        <source>Parameter overrides, system prompt, cache and queueing of this lane</source>
        <translation>Parameter-Überschreibungen, System-Prompt, Cache und Warteschlange dieser Lane</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Stop this lane only</source>
        <translation>Nur diese Lane stoppen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove this lane</source>
        <translation>Diese Lane entfernen</translation>
    </message>
    <message>
        <source>Time to first token</source>
        <translation>Zeit bis zum ersten Token</translation>
    </message>
    <message>
        <source>Tokens per second</source>
        <translation>Tokens pro Sekunde</translation>
    </message>
    <message>
        <source>Total time</source>
        <translation>Gesamtzeit</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>Finish reason</source>
        <translation>Abschlussgrund</translation>
    </message>
    <message>
        <source>Spread over the attempts</source>
        <translation>Streuung über die Versuche</translation>
    </message>
    <message>
        <source>Inspect</source>
        <translation>Untersuchen</translation>
    </message>
    <message>
        <source>Show this attempt&apos;s result, timings and HTTP exchange in the Inspector</source>
        <translation>Ergebnis, Zeiten und HTTP-Austausch dieses Versuchs im Inspektor anzeigen</translation>
    </message>
    <message>
        <source>Continue with this reply</source>
        <translation>Mit dieser Antwort weitermachen</translation>
    </message>
    <message>
        <source>Add this reply to the conversation, switch to this lane&apos;s provider, model and settings, and go back to the chat</source>
        <translation>Diese Antwort zur Konversation hinzufügen, zu Provider, Modell und Einstellungen dieser Lane wechseln und zum Chat zurückkehren</translation>
    </message>
    <message>
        <source>Provider of this lane</source>
        <translation>Provider dieser Lane</translation>
    </message>
    <message>
        <source>Model of this lane</source>
        <translation>Modell dieser Lane</translation>
    </message>
    <message>
        <source>Default model</source>
        <translation>Standardmodell</translation>
    </message>
    <message>
        <source>Lane state</source>
        <translation>Zustand der Lane</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>Markierungen</translation>
    </message>
    <message>
        <source>First token</source>
        <translation>Erstes Token</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Abschluss</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Attempt shown</source>
        <translation>Angezeigter Versuch</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Reasoning</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Demo (offline)</source>
        <translation>Demo (offline)</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation>%1 (fehlt)</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>Reply of lane %1</source>
        <translation>Antwort von Lane %1</translation>
    </message>
    <message>
        <source>Lane %1: %2</source>
        <translation>Lane %1: %2</translation>
    </message>
    <message>
        <source>no system message</source>
        <translation>keine Systemnachricht</translation>
    </message>
    <message>
        <source>own system prompt</source>
        <translation>eigener System-Prompt</translation>
    </message>
    <message>
        <source>cache on</source>
        <translation>Cache an</translation>
    </message>
    <message>
        <source>cache off</source>
        <translation>Cache aus</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>In der Warteschlange</translation>
    </message>
    <message>
        <source>Running attempt %1 of %2</source>
        <translation>Versuch %1 von %2 läuft</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Stopped; what arrived is kept</source>
        <translation>Gestoppt; das bereits Angekommene bleibt erhalten</translation>
    </message>
    <message>
        <source>fastest</source>
        <translation>schnellste</translation>
    </message>
    <message>
        <source>cheapest</source>
        <translation>günstigste</translation>
    </message>
    <message>
        <source>longest</source>
        <translation>längste</translation>
    </message>
    <message>
        <source>Attempt %1 of %2</source>
        <translation>Versuch %1 von %2</translation>
    </message>
    <message>
        <source>%1 each · %2 in all</source>
        <translation>je %1 · %2 insgesamt</translation>
    </message>
    <message>
        <source>%1 in · %2 out (reasoning %3, cached %4)</source>
        <translation>%1 Eingabe · %2 Ausgabe (Reasoning %3, aus dem Cache %4)</translation>
    </message>
    <message>
        <source>%1 attempts: %2 succeeded, %3 failed, %4 stopped</source>
        <translation>%1 Versuche: %2 erfolgreich, %3 fehlgeschlagen, %4 gestoppt</translation>
    </message>
    <message>
        <source>total %1 to %2</source>
        <translation>insgesamt %1 bis %2</translation>
    </message>
    <message>
        <source>answers differ (%1 different)</source>
        <translation>Antworten unterscheiden sich (%1 verschiedene)</translation>
    </message>
    <message>
        <source>the same answer every time</source>
        <translation>jedes Mal dieselbe Antwort</translation>
    </message>
    <message>
        <source>cached</source>
        <translation>aus dem Cache</translation>
    </message>
    <message>
        <source>estimated</source>
        <translation>geschätzt</translation>
    </message>
    <message>
        <source>%1 in (cached %2) · %3 out (reasoning %4)</source>
        <translation>%1 Eingabe (aus dem Cache %2) · %3 Ausgabe (Reasoning %4)</translation>
    </message>
    <message>
        <source>≈ %1</source>
        <translation>≈ %1</translation>
    </message>
    <message>
        <source>streaming…</source>
        <translation>wird gestreamt…</translation>
    </message>
    <message>
        <source>≈ %1 out so far</source>
        <translation>bisher ≈ %1 Ausgabe</translation>
    </message>
</context>
<context>
    <name>playground::ComparePanel</name>
    <message>
        <source>Lane</source>
        <translation>Lane</translation>
    </message>
    <message>
        <source>Add a lane (at most %1)</source>
        <translation>Eine Lane hinzufügen (höchstens %1)</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>S&amp;ynchron</translation>
    </message>
    <message>
        <source>&amp;Diff</source>
        <translation>D&amp;iff</translation>
    </message>
    <message>
        <source>Compare the replies of two lanes word by word</source>
        <translation>Die Antworten zweier Lanes Wort für Wort vergleichen</translation>
    </message>
    <message>
        <source>Stop All</source>
        <translation>Alle stoppen</translation>
    </message>
    <message>
        <source>Stop every lane (Esc)</source>
        <translation>Alle Lanes stoppen (Esc)</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Öffnen…</translation>
    </message>
    <message>
        <source>Open a saved comparison</source>
        <translation>Einen gespeicherten Vergleich öffnen</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <source>Save every lane&apos;s request and results as a JSON file</source>
        <translation>Anfrage und Ergebnisse aller Lanes als JSON-Datei speichern</translation>
    </message>
    <message>
        <source>Attempts per lane</source>
        <translation>Versuche pro Lane</translation>
    </message>
    <message>
        <source>Run each lane this many times, one after the other, to see how much latency, cost and the answers vary</source>
        <translation>Jede Lane so oft nacheinander ausführen, um zu sehen, wie stark Latenz, Kosten und Antworten schwanken</translation>
    </message>
    <message>
        <source> ×</source>
        <translation> ×</translation>
    </message>
    <message>
        <source>Scroll every lane&apos;s reply together</source>
        <translation>Die Antworten aller Lanes gemeinsam scrollen</translation>
    </message>
    <message>
        <source>Sync scrolling</source>
        <translation>Synchron scrollen</translation>
    </message>
    <message>
        <source>A comparison is running; stop it first.</source>
        <translation>Ein Vergleich läuft; stoppen Sie ihn zuerst.</translation>
    </message>
    <message>
        <source>Reading API keys from the keychain…</source>
        <translation>API-Schlüssel werden aus dem Schlüsselbund gelesen…</translation>
    </message>
    <message numerus="yes">
        <source>waiting for %1, which takes %n request(s) at a time</source>
        <translation>
            <numerusform>wartet auf %1, das %n Anfrage gleichzeitig annimmt</numerusform>
            <numerusform>wartet auf %1, das %n Anfragen gleichzeitig annimmt</numerusform>
        </translation>
    </message>
    <message>
        <source>Each lane sends the conversation on the left with its own provider, model and settings. Press Ctrl+Enter to run them all.</source>
        <translation>Jede Lane sendet die Konversation links mit eigenem Provider, Modell und eigenen Einstellungen. Drücken Sie Strg+Eingabe, um alle auszuführen.</translation>
    </message>
    <message>
        <source>Running: %1 of %2 lanes done</source>
        <translation>Läuft: %1 von %2 Lanes fertig</translation>
    </message>
    <message>
        <source>%1 lanes: %2 succeeded, %3 failed, %4 stopped</source>
        <translation>%1 Lanes: %2 erfolgreich, %3 fehlgeschlagen, %4 gestoppt</translation>
    </message>
    <message>
        <source>cost unknown (no price in the catalog)</source>
        <translation>Kosten unbekannt (kein Preis im Katalog)</translation>
    </message>
    <message>
        <source>%1 in all</source>
        <translation>%1 insgesamt</translation>
    </message>
    <message>
        <source>%1 in all, plus lanes without a price</source>
        <translation>%1 insgesamt, dazu Lanes ohne Preis</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>The profile “%1” of lane %2 no longer exists; the reply was not added.</source>
        <translation>Das Profil „%1“ von Lane %2 existiert nicht mehr; die Antwort wurde nicht hinzugefügt.</translation>
    </message>
    <message>
        <source>The conversation changed since lane %1 ran; its reply was not added. Send again to compare the current conversation.</source>
        <translation>Die Konversation hat sich geändert, seit Lane %1 lief; ihre Antwort wurde nicht hinzugefügt. Senden Sie erneut, um die aktuelle Konversation zu vergleichen.</translation>
    </message>
    <message>
        <source>Lane %1&apos;s reply was added to the conversation; %2 is selected.</source>
        <translation>Die Antwort von Lane %1 wurde zur Konversation hinzugefügt; %2 ist ausgewählt.</translation>
    </message>
    <message>
        <source>Save Comparison</source>
        <translation>Vergleich speichern</translation>
    </message>
    <message>
        <source>Comparisons (*.json)</source>
        <translation>Vergleiche (*.json)</translation>
    </message>
    <message>
        <source>Open Comparison</source>
        <translation>Vergleich öffnen</translation>
    </message>
    <message>
        <source>Comparisons (*.json);;All files (*)</source>
        <translation>Vergleiche (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The comparison could not be saved: %1</source>
        <translation>Der Vergleich konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The comparison could not be opened: %1</source>
        <translation>Der Vergleich konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>The file has no lanes.</source>
        <translation>Die Datei enthält keine Lanes.</translation>
    </message>
    <message>
        <source>an unknown date</source>
        <translation>Datum unbekannt</translation>
    </message>
    <message>
        <source>A saved comparison from %1 (%2 messages sent). Send runs these lanes again with the conversation on the left.</source>
        <translation>Ein gespeicherter Vergleich (%1; %2 Nachrichten gesendet). Senden führt diese Lanes erneut mit der Konversation links aus.</translation>
    </message>
    <message>
        <source>R&amp;epeat:</source>
        <translation>Wiederh&amp;olen:</translation>
    </message>
</context>
<context>
    <name>playground::ComposerPanel</name>
    <message>
        <source>The conversation is empty. Add a system or user message below.</source>
        <translation>Die Konversation ist leer. Fügen Sie unten eine System- oder Benutzernachricht hinzu.</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Konversation</translation>
    </message>
    <message>
        <source>Estimated prompt tokens of the whole request (messages and tools) against the model&apos;s context window</source>
        <translation>Geschätzte Prompt-Tokens der ganzen Anfrage (Nachrichten und Tools) im Verhältnis zum Kontextfenster des Modells</translation>
    </message>
    <message>
        <source>+ System</source>
        <translation>+ System</translation>
    </message>
    <message>
        <source>Add a system message</source>
        <translation>Eine Systemnachricht hinzufügen</translation>
    </message>
    <message>
        <source>+ User</source>
        <translation>+ Benutzer</translation>
    </message>
    <message>
        <source>Add a user message (Ctrl+Shift+U)</source>
        <translation>Eine Benutzernachricht hinzufügen (Strg+Umschalt+U)</translation>
    </message>
    <message>
        <source>+ Assistant</source>
        <translation>+ Assistent</translation>
    </message>
    <message>
        <source>Add an assistant message</source>
        <translation>Eine Assistentennachricht hinzufügen</translation>
    </message>
    <message>
        <source>+ Tool result</source>
        <translation>+ Tool-Ergebnis</translation>
    </message>
    <message>
        <source>Add a tool result message</source>
        <translation>Eine Tool-Ergebnis-Nachricht hinzufügen</translation>
    </message>
    <message>
        <source>~%1 of %2 tokens (%3%)</source>
        <translation>~%1 von %2 Tokens (%3 %)</translation>
    </message>
    <message>
        <source>~%1 tokens (context window unknown)</source>
        <translation>~%1 Tokens (Kontextfenster unbekannt)</translation>
    </message>
    <message>
        <source>— exceeds the context window</source>
        <translation>— überschreitet das Kontextfenster</translation>
    </message>
</context>
<context>
    <name>playground::ConversationFileActions</name>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open a conversation: a Modelkit file, an OpenAI or Anthropic request body, a messages array or AutoGen messages</source>
        <translation>Eine Konversation öffnen: eine Modelkit-Datei, ein OpenAI- oder Anthropic-Anfragetext, ein messages-Array oder AutoGen-Nachrichten</translation>
    </message>
    <message>
        <source>Open conversation</source>
        <translation>Konversation öffnen</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Save the conversation with its runs as a Modelkit JSON file</source>
        <translation>Die Konversation mit ihren Läufen als Modelkit-JSON-Datei speichern</translation>
    </message>
    <message>
        <source>Export conversation</source>
        <translation>Konversation exportieren</translation>
    </message>
    <message>
        <source>Modelkit conversation (*.json)</source>
        <translation>Modelkit-Konversation (*.json)</translation>
    </message>
    <message>
        <source>Copy as &amp;curl</source>
        <translation>Als &amp;curl kopieren</translation>
    </message>
    <message>
        <source>Copy as &amp;Python (autogen-ext)</source>
        <translation>Als P&amp;ython kopieren (autogen-ext)</translation>
    </message>
    <message>
        <source>Copy Request &amp;Body (JSON)</source>
        <translation>Anfrage&amp;text kopieren (JSON)</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <source>Could not export to %1: %2</source>
        <translation>Export nach %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Nach %1 exportiert</translation>
    </message>
    <message>
        <source>The Demo provider runs offline and has no HTTP request to copy. Choose a provider profile first.</source>
        <translation>Der Demo-Provider läuft offline und hat keine HTTP-Anfrage zum Kopieren. Wählen Sie zuerst ein Provider-Profil.</translation>
    </message>
    <message>
        <source>Could not copy the request: %1</source>
        <translation>Die Anfrage konnte nicht kopiert werden: %1</translation>
    </message>
    <message>
        <source>Copied as %1</source>
        <translation>Als %1 kopiert</translation>
    </message>
    <message>
        <source>Copied as %1; it reads the key from $%2</source>
        <translation>Als %1 kopiert; der Schlüssel wird aus $%2 gelesen</translation>
    </message>
</context>
<context>
    <name>playground::ConversationLibrary</name>
    <message>
        <source>Untitled conversation</source>
        <translation>Unbenannte Konversation</translation>
    </message>
    <message>
        <source>conversation index %1: %2</source>
        <translation>Konversationsindex %1: %2</translation>
    </message>
    <message>
        <source>the Qt SQLite driver is not installed (Debian: libqt6sql6-sqlite)</source>
        <translation>der Qt-SQLite-Treiber ist nicht installiert (Debian: libqt6sql6-sqlite)</translation>
    </message>
    <message>
        <source>cannot create the conversations folder %1</source>
        <translation>der Konversationsordner %1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>the integrity check failed</source>
        <translation>die Integritätsprüfung ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: not valid JSON at offset %2: %3</source>
        <translation>%1: kein gültiges JSON bei Offset %2: %3</translation>
    </message>
    <message>
        <source>%1: not a readable conversation: %2</source>
        <translation>%1: keine lesbare Konversation: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot save a conversation with the id &quot;%1&quot;</source>
        <translation>eine Konversation mit der ID &quot;%1&quot; kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a conversation id</source>
        <translation>&quot;%1&quot; ist keine Konversations-ID</translation>
    </message>
    <message>
        <source>no saved conversation %1 (%2 does not exist)</source>
        <translation>keine gespeicherte Konversation %1 (%2 existiert nicht)</translation>
    </message>
    <message>
        <source>cannot create the trash folder %1</source>
        <translation>der Papierkorbordner %1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>cannot move %1 to the trash: %2</source>
        <translation>%1 kann nicht in den Papierkorb verschoben werden: %2</translation>
    </message>
    <message>
        <source>conversation %1 is not in the trash</source>
        <translation>Konversation %1 ist nicht im Papierkorb</translation>
    </message>
    <message>
        <source>cannot restore conversation %1: %2 exists</source>
        <translation>Konversation %1 kann nicht wiederhergestellt werden: %2 existiert</translation>
    </message>
    <message>
        <source>cannot restore %1: %2</source>
        <translation>%1 kann nicht wiederhergestellt werden: %2</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
</context>
<context>
    <name>playground::CostTimeChart</name>
    <message>
        <source>Cost (USD)</source>
        <translation>Kosten (USD)</translation>
    </message>
    <message>
        <source>Cost per month</source>
        <translation>Kosten pro Monat</translation>
    </message>
    <message>
        <source>Cost per day</source>
        <translation>Kosten pro Tag</translation>
    </message>
    <message>
        <source>%1 points; highest %2</source>
        <translation>%1 Punkte; höchster Wert %2</translation>
    </message>
</context>
<context>
    <name>playground::HistoryModel</name>
    <message>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
    <message>
        <source>Cannot be opened: %1</source>
        <translation>Kann nicht geöffnet werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n Nachricht</numerusform>
            <numerusform>%n Nachrichten</numerusform>
        </translation>
    </message>
    <message>
        <source>Last changed %1</source>
        <translation>Zuletzt geändert: %1</translation>
    </message>
    <message>
        <source>open</source>
        <translation>geöffnet</translation>
    </message>
</context>
<context>
    <name>playground::HistoryPanel</name>
    <message>
        <source>Search conversations</source>
        <translation>Konversationen durchsuchen</translation>
    </message>
    <message>
        <source>Titles and message text; words match as you type them</source>
        <translation>Titel und Nachrichtentext; Wörter werden schon beim Tippen gefunden</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Löschen rückgängig machen</translation>
    </message>
    <message>
        <source>Bring back the conversation deleted last</source>
        <translation>Die zuletzt gelöschte Konversation zurückholen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Saved conversations</source>
        <translation>Gespeicherte Konversationen</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Could not rename the conversation: %1</source>
        <translation>Die Konversation konnte nicht umbenannt werden: %1</translation>
    </message>
    <message>
        <source>No conversation library is open.</source>
        <translation>Keine Konversationsbibliothek ist geöffnet.</translation>
    </message>
    <message>
        <source>The saved conversations could not be read: %1</source>
        <translation>Die gespeicherten Konversationen konnten nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n Konversation</numerusform>
            <numerusform>%n Konversationen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
    <message>
        <source>No saved conversations yet.</source>
        <translation>Noch keine gespeicherten Konversationen.</translation>
    </message>
    <message>
        <source>No conversation matches “%1”.</source>
        <translation>Keine Konversation passt zu „%1“.</translation>
    </message>
    <message>
        <source>“%1” cannot be opened: %2</source>
        <translation>„%1“ kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Could not duplicate the conversation: %1</source>
        <translation>Die Konversation konnte nicht dupliziert werden: %1</translation>
    </message>
    <message>
        <source>Could not delete “%1”: %2</source>
        <translation>„%1“ konnte nicht gelöscht werden: %2</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>„%1“ gelöscht.</translation>
    </message>
    <message>
        <source>Could not restore the conversation: %1</source>
        <translation>Die Konversation konnte nicht wiederhergestellt werden: %1</translation>
    </message>
</context>
<context>
    <name>playground::ImageStrip</name>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <source>Unreadable image</source>
        <translation>Unlesbares Bild</translation>
    </message>
    <message>
        <source>%1 × %2 %3, %4 KB</source>
        <translation>%1 × %2 %3, %4 KB</translation>
    </message>
    <message>
        <source>Remove this image</source>
        <translation>Dieses Bild entfernen</translation>
    </message>
    <message>
        <source>Remove image</source>
        <translation>Bild entfernen</translation>
    </message>
</context>
<context>
    <name>playground::InspectorPanel</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>(%1 characters)</source>
        <translation>(%1 Zeichen)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Logprobs</source>
        <translation>Logprobs</translation>
    </message>
    <message>
        <source>Timings</source>
        <translation>Zeiten</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Copy as JSON</source>
        <translation>Als JSON kopieren</translation>
    </message>
    <message>
        <source>Copy the CreateResult as JSON</source>
        <translation>Das CreateResult als JSON kopieren</translation>
    </message>
    <message>
        <source>No log probabilities in this result.
Turn on “logprobs” in the parameters (where the provider supports it) to see how sure the model was of each token.</source>
        <translation>Dieses Ergebnis enthält keine Log-Wahrscheinlichkeiten.
Schalten Sie „logprobs“ in den Parametern ein (wo der Provider es unterstützt), um zu sehen, wie sicher sich das Modell bei jedem Token war.</translation>
    </message>
    <message>
        <source>Sent at:</source>
        <translation>Gesendet um:</translation>
    </message>
    <message>
        <source>Time to first byte:</source>
        <translation>Zeit bis zum ersten Byte:</translation>
    </message>
    <message>
        <source>Time to first token:</source>
        <translation>Zeit bis zum ersten Token:</translation>
    </message>
    <message>
        <source>Total:</source>
        <translation>Gesamt:</translation>
    </message>
    <message>
        <source>Tokens per second:</source>
        <translation>Tokens pro Sekunde:</translation>
    </message>
    <message>
        <source>Attempts:</source>
        <translation>Versuche:</translation>
    </message>
    <message>
        <source>Copy headers</source>
        <translation>Header kopieren</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Body</translation>
    </message>
    <message>
        <source>Copy body</source>
        <translation>Body kopieren</translation>
    </message>
    <message>
        <source>Copy URL</source>
        <translation>URL kopieren</translation>
    </message>
    <message>
        <source>Copy the URL</source>
        <translation>Die URL kopieren</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Copy the request headers (secrets stay redacted)</source>
        <translation>Die Header der Anfrage kopieren (Geheimnisse bleiben geschwärzt)</translation>
    </message>
    <message>
        <source>Copy the request body</source>
        <translation>Den Body der Anfrage kopieren</translation>
    </message>
    <message>
        <source>Copy the response headers</source>
        <translation>Die Header der Antwort kopieren</translation>
    </message>
    <message>
        <source>Copy the response body as received</source>
        <translation>Den Body der Antwort so kopieren, wie er empfangen wurde</translation>
    </message>
    <message>
        <source>No run selected — send a request to inspect it here.</source>
        <translation>Kein Lauf ausgewählt – senden Sie eine Anfrage, um sie hier zu untersuchen.</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>(when the run ends)</source>
        <translation>(wenn der Lauf endet)</translation>
    </message>
    <message>
        <source>(running)</source>
        <translation>(läuft)</translation>
    </message>
    <message>
        <source>%1 × FunctionCall</source>
        <translation>%1 × FunctionCall</translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 Tokens</translation>
    </message>
    <message>
        <source>%1 prompt + %2 completion tokens (local estimate: the provider reported no usage)</source>
        <translation>%1 Prompt- + %2 Completion-Tokens (lokale Schätzung: der Provider hat keine Nutzung gemeldet)</translation>
    </message>
    <message>
        <source>unknown (no price for this model in the catalog)</source>
        <translation>unbekannt (kein Preis für dieses Modell im Katalog)</translation>
    </message>
    <message>
        <source>array of %1</source>
        <translation>Array mit %1 Einträgen</translation>
    </message>
    <message>
        <source>%1 (running)</source>
        <translation>%1 (läuft)</translation>
    </message>
    <message>
        <source>Retries: %1</source>
        <translation>Wiederholungen: %1</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>no response</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>(after waiting %1)</source>
        <translation>(nach %1 Wartezeit)</translation>
    </message>
    <message>
        <source>%1 — shown as received (too large to pretty-print).</source>
        <translation>%1 – so angezeigt, wie empfangen (zu groß zum Formatieren).</translation>
    </message>
    <message>
        <source>The %1 provider answers on this computer: nothing was sent over HTTP. Below is the request modelkit handed to it (CompletionRequest JSON).</source>
        <translation>Der Provider %1 antwortet auf diesem Computer: Über HTTP wurde nichts gesendet. Unten steht die Anfrage, die modelkit ihm übergeben hat (CompletionRequest-JSON).</translation>
    </message>
    <message>
        <source>No HTTP request</source>
        <translation>Keine HTTP-Anfrage</translation>
    </message>
    <message>
        <source>Not sent yet</source>
        <translation>Noch nicht gesendet</translation>
    </message>
    <message>
        <source>Waiting for the run to finish…</source>
        <translation>Warten auf das Ende des Laufs…</translation>
    </message>
    <message>
        <source>The %1 provider answers on this computer: there is no HTTP response. The Result tab shows what it returned.</source>
        <translation>Der Provider %1 antwortet auf diesem Computer: Es gibt keine HTTP-Antwort. Der Tab „Ergebnis“ zeigt, was er zurückgegeben hat.</translation>
    </message>
    <message>
        <source>No HTTP response</source>
        <translation>Keine HTTP-Antwort</translation>
    </message>
    <message>
        <source>No response received</source>
        <translation>Keine Antwort empfangen</translation>
    </message>
    <message>
        <source>The body was longer than the inspector keeps: only its beginning (%1) is shown.</source>
        <translation>Der Body war länger, als der Inspektor aufbewahrt: Nur sein Anfang (%1) wird angezeigt.</translation>
    </message>
    <message>
        <source>Result fields</source>
        <translation>Felder des Ergebnisses</translation>
    </message>
    <message>
        <source>Log probabilities</source>
        <translation>Log-Wahrscheinlichkeiten</translation>
    </message>
    <message>
        <source>Request headers</source>
        <translation>Header der Anfrage</translation>
    </message>
    <message>
        <source>Request body</source>
        <translation>Body der Anfrage</translation>
    </message>
    <message>
        <source>Response headers</source>
        <translation>Header der Antwort</translation>
    </message>
    <message>
        <source>Response body</source>
        <translation>Body der Antwort</translation>
    </message>
</context>
<context>
    <name>playground::JsonEditor</name>
    <message>
        <source>Empty</source>
        <translation>Leer</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Enter a JSON object or array</source>
        <translation>Geben Sie ein JSON-Objekt oder -Array ein</translation>
    </message>
    <message>
        <source>Valid JSON</source>
        <translation>Gültiges JSON</translation>
    </message>
</context>
<context>
    <name>playground::LaneSettingsDialog</name>
    <message>
        <source>Set the system prompt, the cache and the repeat count with their own fields.</source>
        <translation>System-Prompt, Cache und Anzahl der Wiederholungen werden in ihren eigenen Feldern festgelegt.</translation>
    </message>
    <message>
        <source>Lane settings — %1</source>
        <translation>Lane-Einstellungen – %1</translation>
    </message>
    <message>
        <source>Lane label</source>
        <translation>Lane-Beschriftung</translation>
    </message>
    <message>
        <source>Parameter overrides</source>
        <translation>Parameter-Überschreibungen</translation>
    </message>
    <message>
        <source>Parameters this lane sends instead of the conversation&apos;s, as KEY=VALUE pairs separated by commas (the same syntax as modelkit compare --lane). Values are JSON: 0.2, true, [&quot;END&quot;].</source>
        <translation>Parameter, die diese Lane statt derer der Konversation sendet, als durch Kommas getrennte KEY=VALUE-Paare (dieselbe Syntax wie bei modelkit compare --lane). Werte sind JSON: 0.2, true, [&quot;END&quot;].</translation>
    </message>
    <message>
        <source>System prompt of this lane</source>
        <translation>System-Prompt dieser Lane</translation>
    </message>
    <message>
        <source>The conversation&apos;s system message</source>
        <translation>Die Systemnachricht der Konversation</translation>
    </message>
    <message>
        <source>Replace it with:</source>
        <translation>Ersetzen durch:</translation>
    </message>
    <message>
        <source>No system message</source>
        <translation>Keine Systemnachricht</translation>
    </message>
    <message>
        <source>System prompt variant</source>
        <translation>Variante des System-Prompts</translation>
    </message>
    <message>
        <source>Response cache of this lane</source>
        <translation>Antwort-Cache dieser Lane</translation>
    </message>
    <message>
        <source>Profile setting (on)</source>
        <translation>Profileinstellung (an)</translation>
    </message>
    <message>
        <source>Profile setting (off)</source>
        <translation>Profileinstellung (aus)</translation>
    </message>
    <message>
        <source>On: answer repeated requests from the cache</source>
        <translation>An: wiederholte Anfragen aus dem Cache beantworten</translation>
    </message>
    <message>
        <source>Off: always ask the provider</source>
        <translation>Aus: immer den Provider fragen</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Keine Grenze</translation>
    </message>
    <message>
        <source>Requests at once to this profile</source>
        <translation>Gleichzeitige Anfragen an dieses Profil</translation>
    </message>
    <message>
        <source>Local servers often generate one reply at a time: with a limit, lanes of this profile beyond it wait in a queue.</source>
        <translation>Lokale Server erzeugen oft nur eine Antwort auf einmal: Mit einer Grenze warten Lanes dieses Profils, die darüber hinausgehen, in einer Warteschlange.</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Beschriftung:</translation>
    </message>
    <message>
        <source>&amp;Overrides:</source>
        <translation>Über&amp;schreibungen:</translation>
    </message>
    <message>
        <source>&amp;System prompt:</source>
        <translation>S&amp;ystem-Prompt:</translation>
    </message>
    <message>
        <source>&amp;Cache:</source>
        <translation>&amp;Cache:</translation>
    </message>
    <message>
        <source>Requests at once to %1:</source>
        <translation>Gleichzeitige Anfragen an %1:</translation>
    </message>
    <message>
        <source>Type the system prompt, or choose “No system message”.</source>
        <translation>Geben Sie den System-Prompt ein oder wählen Sie „Keine Systemnachricht“.</translation>
    </message>
</context>
<context>
    <name>playground::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>&amp;System Language (%1)</source>
        <translation>&amp;Systemsprache (%1)</translation>
    </message>
    <message>
        <source>Follow the language of the desktop session</source>
        <translation>Der Sprache der Desktop-Sitzung folgen</translation>
    </message>
    <message>
        <source>Modelkit Playground will follow the system language (%1) when you start it again.</source>
        <translation>Modelkit Playground folgt ab dem nächsten Start der Systemsprache (%1).</translation>
    </message>
    <message>
        <source>Modelkit Playground will be in %1 when you start it again.</source>
        <translation>Modelkit Playground erscheint ab dem nächsten Start auf %1.</translation>
    </message>
</context>
<context>
    <name>playground::LogprobsModel</name>
    <message>
        <source>UTF-8 bytes: %1</source>
        <translation>UTF-8-Bytes: %1</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Logprob</source>
        <translation>Logprob</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Wahrscheinlichkeit</translation>
    </message>
    <message>
        <source>Top alternatives</source>
        <translation>Beste Alternativen</translation>
    </message>
</context>
<context>
    <name>playground::MainWindow</name>
    <message>
        <source>Modelkit Playground</source>
        <translation>Modelkit Playground</translation>
    </message>
    <message>
        <source>Saved provider profiles could not be read: %1</source>
        <translation>Die gespeicherten Provider-Profile konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The profile could not be saved: %1</source>
        <translation>Das Profil konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Demo provider selected: replies are scripted and offline. Press Ctrl+Enter to send.</source>
        <translation>Demo-Provider ausgewählt: Die Antworten sind vorgefertigt und offline. Drücken Sie Strg+Eingabe zum Senden.</translation>
    </message>
    <message>
        <source>Ready. Press Ctrl+Enter to send.</source>
        <translation>Bereit. Drücken Sie Strg+Eingabe zum Senden.</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Tools &amp;&amp; output</source>
        <translation>Tools &amp;&amp; Ausgabe</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspektor</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>The open conversation was deleted; this is a new one.</source>
        <translation>Die geöffnete Konversation wurde gelöscht; dies ist eine neue.</translation>
    </message>
    <message>
        <source>The conversation could not be saved: %1</source>
        <translation>Die Konversation konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>%1 — Modelkit Playground</source>
        <translation>%1 – Modelkit Playground</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Nutzung</translation>
    </message>
    <message>
        <source>Comparison saved to %1</source>
        <translation>Vergleich in %1 gespeichert</translation>
    </message>
    <message>
        <source>Opened the comparison %1</source>
        <translation>Vergleich %1 geöffnet</translation>
    </message>
    <message>
        <source>Comparison finished</source>
        <translation>Vergleich abgeschlossen</translation>
    </message>
    <message>
        <source>Run #%1 finished in %2 s</source>
        <translation>Lauf #%1 nach %2 s abgeschlossen</translation>
    </message>
    <message>
        <source>Run #%1 stopped after %2 s; the partial reply is kept</source>
        <translation>Lauf #%1 nach %2 s gestoppt; die unvollständige Antwort bleibt erhalten</translation>
    </message>
    <message>
        <source>Run #%1 failed: %2</source>
        <translation>Lauf #%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptleiste</translation>
    </message>
    <message>
        <source>Providers…</source>
        <translation>Provider…</translation>
    </message>
    <message>
        <source>Add and edit provider profiles and their API keys (Ctrl+,)</source>
        <translation>Provider-Profile und ihre API-Schlüssel hinzufügen und bearbeiten (Strg+,)</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>S&amp;toppen</translation>
    </message>
    <message>
        <source>&amp;Add Reply to Conversation</source>
        <translation>Antwort zur &amp;Konversation hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Compare Lanes</source>
        <translation>Lanes &amp;vergleichen</translation>
    </message>
    <message>
        <source>Send the conversation to several providers and models side by side</source>
        <translation>Die Konversation nebeneinander an mehrere Provider und Modelle senden</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New Conversation</source>
        <translation>&amp;Neue Konversation</translation>
    </message>
    <message>
        <source>&amp;Providers…</source>
        <translation>&amp;Provider…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Messages</source>
        <translation>&amp;Nachrichten</translation>
    </message>
    <message>
        <source>Add &amp;System Message</source>
        <translation>&amp;Systemnachricht hinzufügen</translation>
    </message>
    <message>
        <source>Add &amp;User Message</source>
        <translation>&amp;Benutzernachricht hinzufügen</translation>
    </message>
    <message>
        <source>Add &amp;Assistant Message</source>
        <translation>&amp;Assistentennachricht hinzufügen</translation>
    </message>
    <message>
        <source>Add &amp;Tool Result</source>
        <translation>&amp;Tool-Ergebnis hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>A&amp;usführen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Go to &amp;Conversation</source>
        <translation>Zur &amp;Konversation</translation>
    </message>
    <message>
        <source>Go to &amp;Reply</source>
        <translation>Zur &amp;Antwort</translation>
    </message>
    <message>
        <source>Go to &amp;Inspector</source>
        <translation>Zum &amp;Inspektor</translation>
    </message>
    <message>
        <source>Go to &amp;Parameters</source>
        <translation>Zu den &amp;Parametern</translation>
    </message>
    <message>
        <source>Go to &amp;Tools</source>
        <translation>Zu den &amp;Tools</translation>
    </message>
    <message>
        <source>Go to &amp;Usage</source>
        <translation>Zur &amp;Nutzung</translation>
    </message>
    <message>
        <source>Go to &amp;History</source>
        <translation>Zum &amp;Verlauf</translation>
    </message>
    <message>
        <source>Choose Pro&amp;vider</source>
        <translation>P&amp;rovider wählen</translation>
    </message>
    <message>
        <source>Choose &amp;Model</source>
        <translation>&amp;Modell wählen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About Modelkit Playground</source>
        <translation>Ü&amp;ber Modelkit Playground</translation>
    </message>
    <message>
        <source>You are a concise assistant. Use the tools you are given when they help.</source>
        <translation>Du bist ein knapper, präziser Assistent. Nutze die Tools, die dir zur Verfügung stehen, wenn sie helfen.</translation>
    </message>
    <message>
        <source>What&apos;s the weather in Paris right now, and should I take an umbrella?</source>
        <translation>Wie ist das Wetter gerade in Paris, und sollte ich einen Regenschirm mitnehmen?</translation>
    </message>
    <message>
        <source>%1 (fork)</source>
        <translation>%1 (Abzweigung)</translation>
    </message>
    <message numerus="yes">
        <source>Forked into &quot;%1&quot; with %n message(s)</source>
        <translation>
            <numerusform>Abgezweigt nach &quot;%1&quot; mit %n Nachricht</numerusform>
            <numerusform>Abgezweigt nach &quot;%1&quot; mit %n Nachrichten</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not open the conversation: %1</source>
        <translation>Die Konversation konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>The last conversation could not be reopened: %1</source>
        <translation>Die letzte Konversation konnte nicht wieder geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Press Ctrl+Enter again to send anyway.</source>
        <translation>Drücken Sie erneut Strg+Eingabe, um trotzdem zu senden.</translation>
    </message>
    <message>
        <source>Not sent yet: over budget</source>
        <translation>Noch nicht gesendet: Budget überschritten</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Nicht gesendet: %1</translation>
    </message>
    <message>
        <source>Output schema:</source>
        <translation>Ausgabeschema:</translation>
    </message>
    <message>
        <source>Compare: Ctrl+Enter sends the conversation to every lane</source>
        <translation>Vergleich: Strg+Eingabe sendet die Konversation an jede Lane</translation>
    </message>
    <message>
        <source>Chat: Ctrl+Enter sends to the selected provider</source>
        <translation>Chat: Strg+Eingabe sendet an den ausgewählten Provider</translation>
    </message>
    <message>
        <source>Last: %1</source>
        <translation>Zuletzt: %1</translation>
    </message>
    <message>
        <source>Session: %1</source>
        <translation>Sitzung: %1</translation>
    </message>
    <message>
        <source>Actual usage (excluding cached replies): %1 prompt + %2 completion tokens. Prices from the model catalog, as of %3.</source>
        <translation>Tatsächliche Nutzung (ohne Antworten aus dem Cache): %1 Prompt- + %2 Completion-Tokens. Preise aus dem Modellkatalog, Stand %3.</translation>
    </message>
    <message>
        <source>Move the focused message</source>
        <translation>Die fokussierte Nachricht verschieben</translation>
    </message>
    <message>
        <source>Remove the focused message</source>
        <translation>Die fokussierte Nachricht entfernen</translation>
    </message>
    <message>
        <source>Collapse or expand the focused message</source>
        <translation>Die fokussierte Nachricht ein- oder ausklappen</translation>
    </message>
    <message>
        <source>Attach images to the focused user message</source>
        <translation>Bilder an die fokussierte Benutzernachricht anhängen</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>About Modelkit Playground</source>
        <translation>Über Modelkit Playground</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Modelkit Playground&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;A native desktop playground for large language models.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Modelkit Playground&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Ein nativer Desktop-Playground für große Sprachmodelle.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>playground::MessageEditor</name>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistent</translation>
    </message>
    <message>
        <source>Tool result</source>
        <translation>Tool-Ergebnis</translation>
    </message>
    <message>
        <source>Drag to reorder (or Alt+Up / Alt+Down)</source>
        <translation>Ziehen zum Umsortieren (oder Alt+Hoch / Alt+Runter)</translation>
    </message>
    <message>
        <source>Collapse or expand (Alt+C)</source>
        <translation>Ein- oder ausklappen (Alt+C)</translation>
    </message>
    <message>
        <source>Estimated prompt tokens of this message</source>
        <translation>Geschätzte Prompt-Tokens dieser Nachricht</translation>
    </message>
    <message>
        <source>Move up (Alt+Up)</source>
        <translation>Nach oben (Alt+Hoch)</translation>
    </message>
    <message>
        <source>Move down (Alt+Down)</source>
        <translation>Nach unten (Alt+Runter)</translation>
    </message>
    <message>
        <source>Remove this message (Alt+Delete)</source>
        <translation>Diese Nachricht entfernen (Alt+Entf)</translation>
    </message>
    <message>
        <source>Fork from here: a new conversation with the messages up to this one (Alt+B)</source>
        <translation>Hier abzweigen: eine neue Konversation mit den Nachrichten bis zu dieser (Alt+B)</translation>
    </message>
    <message>
        <source>Attach images… (Alt+I) — you can also paste or drop them</source>
        <translation>Bilder anhängen… (Alt+I) – Sie können sie auch einfügen oder hineinziehen</translation>
    </message>
    <message>
        <source>Instructions for the model…</source>
        <translation>Anweisungen für das Modell…</translation>
    </message>
    <message>
        <source>Ask something… (paste or drop images here)</source>
        <translation>Fragen Sie etwas… (Bilder hier einfügen oder hineinziehen)</translation>
    </message>
    <message>
        <source>Text reply</source>
        <translation>Textantwort</translation>
    </message>
    <message>
        <source>Function calls</source>
        <translation>Funktionsaufrufe</translation>
    </message>
    <message>
        <source>What the assistant said…</source>
        <translation>Was der Assistent gesagt hat…</translation>
    </message>
    <message>
        <source>Call id</source>
        <translation>Aufruf-ID</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Arguments (JSON)</source>
        <translation>Argumente (JSON)</translation>
    </message>
    <message>
        <source>Add call</source>
        <translation>Aufruf hinzufügen</translation>
    </message>
    <message>
        <source>Result content</source>
        <translation>Inhalt des Ergebnisses</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Add result</source>
        <translation>Ergebnis hinzufügen</translation>
    </message>
    <message>
        <source>Remove the selected row</source>
        <translation>Die ausgewählte Zeile entfernen</translation>
    </message>
    <message>
        <source>The tool failed (is_error)</source>
        <translation>Das Tool ist fehlgeschlagen (is_error)</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>~%1 tokens</source>
        <translation>~%1 Tokens</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[%n image(s)]</source>
        <translation>
            <numerusform>[%n Bild]</numerusform>
            <numerusform>[%n Bilder]</numerusform>
        </translation>
    </message>
    <message>
        <source>Attach images</source>
        <translation>Bilder anhängen</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp);;All files (*)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.gif *.webp);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>These files are not PNG, JPEG, GIF or WebP images:
%1</source>
        <translation>Diese Dateien sind keine PNG-, JPEG-, GIF- oder WebP-Bilder:
%1</translation>
    </message>
    <message>
        <source>Collapse or expand</source>
        <translation>Ein- oder ausklappen</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Remove message</source>
        <translation>Nachricht entfernen</translation>
    </message>
    <message>
        <source>Fork from here</source>
        <translation>Hier abzweigen</translation>
    </message>
    <message>
        <source>%1 message</source>
        <extracomment>Accessible name of a message&apos;s text; %1 is the role (System, User, Assistant)</extracomment>
        <translation>%1-Nachricht</translation>
    </message>
    <message>
        <source>Kind of reply</source>
        <translation>Art der Antwort</translation>
    </message>
    <message>
        <source>Tool results</source>
        <translation>Tool-Ergebnisse</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>Zeile entfernen</translation>
    </message>
</context>
<context>
    <name>playground::ModelCostChart</name>
    <message>
        <source>Cost by model</source>
        <translation>Kosten nach Modell</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keins)</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>Cost (USD)</source>
        <translation>Kosten (USD)</translation>
    </message>
    <message>
        <source>(no calls)</source>
        <translation>(keine Aufrufe)</translation>
    </message>
</context>
<context>
    <name>playground::NoticeBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>playground::ParametersPanel</name>
    <message>
        <source>&amp;Stream the reply</source>
        <translation>Antwort &amp;streamen</translation>
    </message>
    <message>
        <source>Show the reply token by token as it is generated. Off: the reply appears at once when it is complete.</source>
        <translation>Die Antwort Token für Token anzeigen, während sie erzeugt wird. Aus: Die Antwort erscheint auf einmal, wenn sie vollständig ist.</translation>
    </message>
    <message>
        <source>One sequence per line</source>
        <translation>Eine Sequenz pro Zeile</translation>
    </message>
    <message>
        <source>on</source>
        <translation>an</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>minimal</source>
        <translation>minimal</translation>
    </message>
    <message>
        <source>low</source>
        <translation>niedrig</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>mittel</translation>
    </message>
    <message>
        <source>high</source>
        <translation>hoch</translation>
    </message>
    <message>
        <source> tokens</source>
        <translation> Tokens</translation>
    </message>
    <message>
        <source>Sampling</source>
        <translation>Sampling</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <source>temperature: how random the sampling is. Lower is more focused and repeatable, higher more varied. Anthropic accepts 0 to 1.</source>
        <translation>temperature: wie zufällig das Sampling ist. Niedriger ist fokussierter und wiederholbarer, höher abwechslungsreicher. Anthropic akzeptiert 0 bis 1.</translation>
    </message>
    <message>
        <source>Top P</source>
        <translation>Top P</translation>
    </message>
    <message>
        <source>top_p: nucleus sampling; only the most likely tokens whose probabilities add up to this are considered. Change this or temperature, not both.</source>
        <translation>top_p: Nucleus-Sampling; nur die wahrscheinlichsten Tokens, deren Wahrscheinlichkeiten sich zu diesem Wert addieren, werden berücksichtigt. Ändern Sie diesen Wert oder temperature, nicht beide.</translation>
    </message>
    <message>
        <source>Top K</source>
        <translation>Top K</translation>
    </message>
    <message>
        <source>top_k: only the K most likely tokens are considered.</source>
        <translation>top_k: nur die K wahrscheinlichsten Tokens werden berücksichtigt.</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>seed: the same seed and parameters make replies repeatable (best effort).</source>
        <translation>seed: derselbe Seed und dieselben Parameter machen Antworten wiederholbar (nach Möglichkeit).</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Länge</translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation>Max. Tokens</translation>
    </message>
    <message>
        <source>max_tokens: the most tokens the reply may have; reasoning tokens count too. Sent as max_completion_tokens to OpenAI, maxOutputTokens to Gemini and num_predict to Ollama.</source>
        <translation>max_tokens: die Höchstzahl an Tokens, die die Antwort haben darf; Reasoning-Tokens zählen mit. Wird an OpenAI als max_completion_tokens gesendet, an Gemini als maxOutputTokens und an Ollama als num_predict.</translation>
    </message>
    <message>
        <source>Stop sequences</source>
        <translation>Stoppsequenzen</translation>
    </message>
    <message>
        <source>stop: the reply ends before any of these. One per line; write \n for a line break and \t for a tab. OpenAI takes at most 4.</source>
        <translation>stop: die Antwort endet vor jeder dieser Sequenzen. Eine pro Zeile; schreiben Sie \n für einen Zeilenumbruch und \t für einen Tabulator. OpenAI nimmt höchstens 4 an.</translation>
    </message>
    <message>
        <source>Penalties</source>
        <translation>Penalties</translation>
    </message>
    <message>
        <source>Presence penalty</source>
        <translation>Presence Penalty</translation>
    </message>
    <message>
        <source>presence_penalty (-2 to 2): positive values make new topics more likely.</source>
        <translation>presence_penalty (-2 bis 2): positive Werte machen neue Themen wahrscheinlicher.</translation>
    </message>
    <message>
        <source>Frequency penalty</source>
        <translation>Frequency Penalty</translation>
    </message>
    <message>
        <source>frequency_penalty (-2 to 2): positive values make repetition less likely.</source>
        <translation>frequency_penalty (-2 bis 2): positive Werte machen Wiederholungen unwahrscheinlicher.</translation>
    </message>
    <message>
        <source>Token probabilities</source>
        <translation>Token-Wahrscheinlichkeiten</translation>
    </message>
    <message>
        <source>Log probabilities</source>
        <translation>Log-Wahrscheinlichkeiten</translation>
    </message>
    <message>
        <source>logprobs: return the log probability of each reply token.</source>
        <translation>logprobs: die Log-Wahrscheinlichkeit jedes Antwort-Tokens zurückgeben.</translation>
    </message>
    <message>
        <source>Top alternatives</source>
        <translation>Beste Alternativen</translation>
    </message>
    <message>
        <source>top_logprobs: also return the N most likely alternatives at each position. Needs log probabilities.</source>
        <translation>top_logprobs: an jeder Position zusätzlich die N wahrscheinlichsten Alternativen zurückgeben. Erfordert Log-Wahrscheinlichkeiten.</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Reasoning</translation>
    </message>
    <message>
        <source>Reasoning effort</source>
        <translation>Reasoning-Aufwand</translation>
    </message>
    <message>
        <source>reasoning_effort: how much the model reasons before it answers. OpenAI takes none to high; Anthropic low to high; Gemini minimal to high (thinkingLevel); Ollama none, low, medium or high (think).</source>
        <translation>reasoning_effort: wie viel das Modell nachdenkt, bevor es antwortet. OpenAI nimmt none bis high an; Anthropic low bis high; Gemini minimal bis high (thinkingLevel); Ollama none, low, medium oder high (think).</translation>
    </message>
    <message>
        <source>Thinking budget</source>
        <translation>Thinking-Budget</translation>
    </message>
    <message>
        <source>thinking_budget: the tokens the model may spend thinking. Anthropic: at least 1,024 and less than max tokens. Gemini: 0 turns thinking off.</source>
        <translation>thinking_budget: die Tokens, die das Modell zum Nachdenken verwenden darf. Anthropic: mindestens 1.024 und weniger als max_tokens. Gemini: 0 schaltet das Nachdenken aus.</translation>
    </message>
    <message>
        <source>Uncheck every parameter so the provider&apos;s defaults apply</source>
        <translation>Alle Parameter abwählen, sodass die Standardwerte des Providers gelten</translation>
    </message>
    <message>
        <source>the Demo provider</source>
        <translation>Demo (offline)</translation>
    </message>
    <message>
        <source>%1 does not accept %2.</source>
        <translation>%1 akzeptiert %2 nicht.</translation>
    </message>
    <message>
        <source>Needs log probabilities.</source>
        <translation>Erfordert Log-Wahrscheinlichkeiten.</translation>
    </message>
    <message>
        <source>%1 does not accept reasoning effort &quot;%2&quot;.</source>
        <translation>%1 akzeptiert den Reasoning-Aufwand &quot;%2&quot; nicht.</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (Standard)</translation>
    </message>
    <message>
        <source>off (default)</source>
        <translation>aus (Standard)</translation>
    </message>
    <message>
        <source>model default</source>
        <translation>Standard des Modells</translation>
    </message>
    <message>
        <source>unlimited (default)</source>
        <translation>unbegrenzt (Standard)</translation>
    </message>
    <message>
        <source>model maximum, %1 (default)</source>
        <translation>Maximum des Modells, %1 (Standard)</translation>
    </message>
    <message>
        <source>model maximum (default)</source>
        <translation>Maximum des Modells (Standard)</translation>
    </message>
    <message>
        <source>random (default)</source>
        <translation>zufällig (Standard)</translation>
    </message>
    <message>
        <source>none (default)</source>
        <translation>keine (Standard)</translation>
    </message>
    <message>
        <source>Unchecked parameters use the defaults of %1. Parameters it does not take are greyed out.</source>
        <translation>Nicht angehakte Parameter verwenden die Standardwerte von %1. Parameter, die %1 nicht annimmt, sind ausgegraut.</translation>
    </message>
    <message>
        <source>not supported</source>
        <translation>nicht unterstützt</translation>
    </message>
    <message>
        <source>The value is kept but not sent.</source>
        <translation>Der Wert bleibt erhalten, wird aber nicht gesendet.</translation>
    </message>
    <message>
        <source>Click to set a value.</source>
        <translation>Klicken, um einen Wert festzulegen.</translation>
    </message>
    <message>
        <source>Kept but not sent to %1: %2.</source>
        <translation>Erhalten, aber nicht an %1 gesendet: %2.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Reset to defa&amp;ults</source>
        <translation>Auf Standard&amp;werte zurücksetzen</translation>
    </message>
</context>
<context>
    <name>playground::PlaygroundSession</name>
    <message>
        <source>A tool is a JSON object with &quot;name&quot;, &quot;description&quot; and &quot;parameters&quot;.</source>
        <translation>Ein Tool ist ein JSON-Objekt mit &quot;name&quot;, &quot;description&quot; und &quot;parameters&quot;.</translation>
    </message>
    <message>
        <source>(unnamed tool)</source>
        <translation>(unbenanntes Tool)</translation>
    </message>
    <message>
        <source>Demo (offline)</source>
        <translation>Demo (offline)</translation>
    </message>
    <message>
        <source>There is no provider profile named “%1”.</source>
        <translation>Es gibt kein Provider-Profil namens „%1“.</translation>
    </message>
    <message>
        <source>Still reading the API key of %1 from the keychain.</source>
        <translation>Der API-Schlüssel von %1 wird noch aus dem Schlüsselbund gelesen.</translation>
    </message>
    <message>
        <source>Response cache unavailable: %1</source>
        <translation>Antwort-Cache nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>Tool %1 (%2): %3</source>
        <translation>Tool %1 (%2): %3</translation>
    </message>
    <message>
        <source>Tool choice names &quot;%1&quot;, but no tool has that name.</source>
        <translation>Die Tool-Auswahl nennt &quot;%1&quot;, aber kein Tool hat diesen Namen.</translation>
    </message>
    <message>
        <source>Output schema: %1</source>
        <translation>Ausgabeschema: %1</translation>
    </message>
    <message>
        <source>Output schema: a JSON Schema must be an object.</source>
        <translation>Ausgabeschema: Ein JSON Schema muss ein Objekt sein.</translation>
    </message>
    <message>
        <source>No provider is selected.</source>
        <translation>Kein Provider ausgewählt.</translation>
    </message>
    <message>
        <source>Choose a model first: pick one in the Model box or type its name.</source>
        <translation>Wählen Sie zuerst ein Modell: Wählen Sie eines im Feld „Modell“ aus oder geben Sie seinen Namen ein.</translation>
    </message>
    <message>
        <source>Still reading the API key from the keychain; try again in a moment.</source>
        <translation>Der API-Schlüssel wird noch aus dem Schlüsselbund gelesen; versuchen Sie es gleich noch einmal.</translation>
    </message>
</context>
<context>
    <name>playground::ProviderBar</name>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Provider:</translation>
    </message>
    <message>
        <source>Where requests go (Ctrl+Shift+P)</source>
        <translation>Wohin Anfragen gehen (Strg+Umschalt+P)</translation>
    </message>
    <message>
        <source>The provider&apos;s models; type any model name (Ctrl+Shift+M)</source>
        <translation>Die Modelle des Providers; Sie können jeden Modellnamen eingeben (Strg+Umschalt+M)</translation>
    </message>
    <message>
        <source>DEMO — scripted offline replies, nothing is sent</source>
        <translation>DEMO – vorgefertigte Offline-Antworten, nichts wird gesendet</translation>
    </message>
    <message>
        <source>Demo (offline)</source>
        <translation>Demo (offline)</translation>
    </message>
    <message>
        <source>Could not list models: %1</source>
        <translation>Die Modelle konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>Mode&amp;l:</source>
        <translation>&amp;Modell:</translation>
    </message>
</context>
<context>
    <name>playground::ProvidersDialog</name>
    <message>
        <source>Extra headers, line %1: write one &quot;Name: value&quot; per line</source>
        <translation>Zusätzliche Header, Zeile %1: schreiben Sie einen &quot;Name: Wert&quot; pro Zeile</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No provider profiles yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Add one with the + button below the list: presets cover LM Studio, vLLM, llama.cpp server, OpenRouter, Groq, Mistral, DeepSeek, Together AI and Ollama.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Noch keine Provider-Profile.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Fügen Sie eines mit der Schaltfläche + unter der Liste hinzu: Vorlagen gibt es für LM Studio, vLLM, llama.cpp server, OpenRouter, Groq, Mistral, DeepSeek, Together AI und Ollama.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Write this profile; a typed key goes to the system keychain</source>
        <translation>Dieses Profil speichern; ein eingegebener Schlüssel kommt in den Schlüsselbund des Systems</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Add a profile: blank or from a preset</source>
        <translation>Ein Profil hinzufügen: leer oder aus einer Vorlage</translation>
    </message>
    <message>
        <source>Duplicate the selected profile</source>
        <translation>Das ausgewählte Profil duplizieren</translation>
    </message>
    <message>
        <source>Remove the selected profile and its stored key</source>
        <translation>Das ausgewählte Profil und seinen gespeicherten Schlüssel entfernen</translation>
    </message>
    <message>
        <source>Blank profile</source>
        <translation>Leeres Profil</translation>
    </message>
    <message>
        <source>Presets</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>A name you recognise, e.g. &quot;Work OpenAI&quot;</source>
        <translation>Ein Name, den Sie wiedererkennen, z. B. &quot;OpenAI Arbeit&quot;</translation>
    </message>
    <message>
        <source>Leave empty for the provider&apos;s own endpoint. Plain http:// is meant for this machine and your local network.</source>
        <translation>Leer lassen für den Endpunkt des Providers. Unverschlüsseltes http:// ist für diesen Rechner und Ihr lokales Netzwerk gedacht.</translation>
    </message>
    <message>
        <source>The default model; Test connection lists what the server offers</source>
        <translation>Das Standardmodell; „Verbindung testen“ listet auf, was der Server anbietet</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Provider:</translation>
    </message>
    <message>
        <source>Base &amp;URL:</source>
        <translation>Basis-&amp;URL:</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modell:</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Show or hide the key</source>
        <translation>Den Schlüssel anzeigen oder verbergen</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>Vergessen</translation>
    </message>
    <message>
        <source>Delete the stored key</source>
        <translation>Den gespeicherten Schlüssel löschen</translation>
    </message>
    <message>
        <source>Read the key from this environment variable when none is stored</source>
        <translation>Den Schlüssel aus dieser Umgebungsvariable lesen, wenn keiner gespeichert ist</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>Environment &amp;variable:</source>
        <translation>Umgebungsvar&amp;iable:</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Erweitert</translation>
    </message>
    <message>
        <source>One &quot;Name: value&quot; per line, e.g.
X-Title: My app</source>
        <translation>Ein &quot;Name: Wert&quot; pro Zeile, z. B.
X-Title: Meine App</translation>
    </message>
    <message>
        <source>Sent with every request. Headers are saved in the profile file: put API keys in the Key field.</source>
        <translation>Wird mit jeder Anfrage gesendet. Header werden in der Profildatei gespeichert: API-Schlüssel gehören in das Feld „Schlüssel“.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>The longest a whole call may take, retries included</source>
        <translation>Die längste Zeit, die ein ganzer Aufruf dauern darf, Wiederholungen eingeschlossen</translation>
    </message>
    <message>
        <source>Use HTTP/2</source>
        <translation>HTTP/2 verwenden</translation>
    </message>
    <message>
        <source>Off by default: HTTP/2 in Qt 6.4 has known security issues</source>
        <translation>Standardmäßig aus: HTTP/2 hat in Qt 6.4 bekannte Sicherheitslücken</translation>
    </message>
    <message>
        <source>Response &amp;cache</source>
        <translation>Antwort-&amp;Cache</translation>
    </message>
    <message>
        <source>Answer a request identical to an earlier one from the local response cache instead of calling the provider</source>
        <translation>Eine Anfrage, die einer früheren gleicht, aus dem lokalen Antwort-Cache beantworten, statt den Provider aufzurufen</translation>
    </message>
    <message>
        <source>Extra &amp;headers:</source>
        <translation>Zusätzliche &amp;Header:</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>&amp;Zeitlimit:</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>List the provider&apos;s models with these settings (unsaved changes included)</source>
        <translation>Die Modelle des Providers mit diesen Einstellungen auflisten (ungespeicherte Änderungen eingeschlossen)</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Neues Profil</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Noch nicht gespeichert</translation>
    </message>
    <message>
        <source>The profiles file could not be read: %1. Changes are refused until it is fixed; a copy was kept as %2.</source>
        <translation>Die Profildatei konnte nicht gelesen werden: %1. Änderungen werden abgelehnt, bis sie repariert ist; eine Kopie wurde als %2 aufbewahrt.</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>Remove the profile &quot;%1&quot;? Its key is removed from the system keychain too.</source>
        <translation>Das Profil &quot;%1&quot; entfernen? Sein Schlüssel wird auch aus dem Schlüsselbund des Systems entfernt.</translation>
    </message>
    <message>
        <source>The new profile &quot;%1&quot; is not saved yet. Save it?</source>
        <translation>Das neue Profil &quot;%1&quot; ist noch nicht gespeichert. Speichern?</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; has unsaved changes. Save them?</source>
        <translation>Das Profil &quot;%1&quot; hat ungespeicherte Änderungen. Speichern?</translation>
    </message>
    <message>
        <source>Another profile is already named &quot;%1&quot;</source>
        <translation>Ein anderes Profil heißt bereits &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Deployment name</source>
        <translation>Name des Deployments</translation>
    </message>
    <message>
        <source>The server&apos;s model (Test connection lists them)</source>
        <translation>Das Modell des Servers („Verbindung testen“ listet sie auf)</translation>
    </message>
    <message>
        <source>The anthropic-version header</source>
        <translation>Der Header anthropic-version</translation>
    </message>
    <message>
        <source>The API version; empty for the default</source>
        <translation>Die API-Version; leer für den Standard</translation>
    </message>
    <message>
        <source>None, e.g. OPENROUTER_API_KEY</source>
        <translation>Keine, z. B. OPENROUTER_API_KEY</translation>
    </message>
    <message>
        <source>Save Anyway</source>
        <translation>Trotzdem speichern</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Forget Key</source>
        <translation>Schlüssel vergessen</translation>
    </message>
    <message>
        <source>The key would travel unencrypted: &quot;%1&quot; uses plain http:// to %2, which is not this machine or your local network. Anyone on the way can read the key and your prompts.

Save anyway?</source>
        <translation>Der Schlüssel würde unverschlüsselt übertragen: &quot;%1&quot; verwendet unverschlüsseltes http:// zu %2, das weder dieser Rechner noch Ihr lokales Netzwerk ist. Jeder auf dem Weg kann den Schlüssel und Ihre Prompts mitlesen.

Trotzdem speichern?</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>Checking the system keychain…</source>
        <translation>Schlüsselbund des Systems wird geprüft…</translation>
    </message>
    <message>
        <source>Stored in the system keychain</source>
        <translation>Im Schlüsselbund des Systems gespeichert</translation>
    </message>
    <message>
        <source>•••• stored in keychain</source>
        <translation>•••• im Schlüsselbund gespeichert</translation>
    </message>
    <message>
        <source>Kept for this session only</source>
        <translation>Nur für diese Sitzung aufbewahrt</translation>
    </message>
    <message>
        <source>•••• kept for this session</source>
        <translation>•••• für diese Sitzung aufbewahrt</translation>
    </message>
    <message>
        <source>From $%1</source>
        <translation>Aus $%1</translation>
    </message>
    <message>
        <source>Using $%1; type a key to store one</source>
        <translation>$%1 wird verwendet; geben Sie einen Schlüssel ein, um einen zu speichern</translation>
    </message>
    <message>
        <source>No key</source>
        <translation>Kein Schlüssel</translation>
    </message>
    <message>
        <source> (the system keychain is unavailable: %1)</source>
        <translation> (der Schlüsselbund des Systems ist nicht verfügbar: %1)</translation>
    </message>
    <message>
        <source> — this provider needs one</source>
        <translation> – dieser Provider braucht einen</translation>
    </message>
    <message>
        <source>Paste your API key</source>
        <translation>Fügen Sie Ihren API-Schlüssel ein</translation>
    </message>
    <message>
        <source>Optional: local servers usually need none</source>
        <translation>Optional: lokale Server brauchen meist keinen</translation>
    </message>
    <message>
        <source> (copied from &quot;%1&quot; when saved)</source>
        <translation> (beim Speichern von &quot;%1&quot; kopiert)</translation>
    </message>
    <message>
        <source>Not stored: the system keychain did not take it (see the notice above)</source>
        <translation>Nicht gespeichert: der Schlüsselbund des Systems hat ihn nicht angenommen (siehe Hinweis oben)</translation>
    </message>
    <message>
        <source>New key: stored in the system keychain when you save</source>
        <translation>Neuer Schlüssel: wird beim Speichern im Schlüsselbund des Systems abgelegt</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <source>Forget the key stored for &quot;%1&quot;? It cannot be shown again.</source>
        <translation>Den für &quot;%1&quot; gespeicherten Schlüssel vergessen? Er kann nicht wieder angezeigt werden.</translation>
    </message>
    <message>
        <source>The key of &quot;%1&quot; could not be read from the system keychain to copy it to &quot;%2&quot;: %3</source>
        <translation>Der Schlüssel von &quot;%1&quot; konnte nicht aus dem Schlüsselbund des Systems gelesen werden, um ihn nach &quot;%2&quot; zu kopieren: %3</translation>
    </message>
    <message>
        <source>The key of &quot;%1&quot; could not be removed from the system keychain: %2</source>
        <translation>Der Schlüssel von &quot;%1&quot; konnte nicht aus dem Schlüsselbund des Systems entfernt werden: %2</translation>
    </message>
    <message>
        <source>No system keychain is available (%1), so the key for &quot;%2&quot; was not stored.</source>
        <translation>Es ist kein Schlüsselbund des Systems verfügbar (%1), daher wurde der Schlüssel für &quot;%2&quot; nicht gespeichert.</translation>
    </message>
    <message>
        <source>The system keychain did not store the key for &quot;%2&quot; (%1).</source>
        <translation>Der Schlüsselbund des Systems hat den Schlüssel für &quot;%2&quot; nicht gespeichert (%1).</translation>
    </message>
    <message>
        <source>Keys are never written to disk in plain text.</source>
        <translation>Schlüssel werden nie im Klartext auf die Festplatte geschrieben.</translation>
    </message>
    <message>
        <source>Keep for this session only</source>
        <translation>Nur für diese Sitzung aufbewahren</translation>
    </message>
    <message>
        <source>The key for &quot;%1&quot; is kept for this session only: it is forgotten when Modelkit Playground quits.</source>
        <translation>Der Schlüssel für &quot;%1&quot; wird nur für diese Sitzung aufbewahrt: er wird vergessen, wenn Modelkit Playground beendet wird.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Connected — 1 model</source>
        <translation>Verbunden – 1 Modell</translation>
    </message>
    <message>
        <source>Connected — %1 models</source>
        <translation>Verbunden – %1 Modelle</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Add profile</source>
        <translation>Profil hinzufügen</translation>
    </message>
    <message>
        <source>Duplicate profile</source>
        <translation>Profil duplizieren</translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation>Profil entfernen</translation>
    </message>
    <message>
        <source>API ve&amp;rsion:</source>
        <translation>API-&amp;Version:</translation>
    </message>
</context>
<context>
    <name>playground::ReplyView</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 kB</source>
        <translation>%1 kB</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>No reply yet</source>
        <translation>Noch keine Antwort</translation>
    </message>
    <message>
        <source>Press Ctrl+Enter to send the conversation</source>
        <translation>Drücken Sie Strg+Eingabe, um die Konversation zu senden</translation>
    </message>
    <message>
        <source>Show or hide the model&apos;s reasoning</source>
        <translation>Das Reasoning des Modells anzeigen oder verbergen</translation>
    </message>
    <message>
        <source>Show source</source>
        <translation>Quelltext anzeigen</translation>
    </message>
    <message>
        <source>Switch between the rendered Markdown and the raw text</source>
        <translation>Zwischen dem gerenderten Markdown und dem Rohtext wechseln</translation>
    </message>
    <message>
        <source>Copy reply</source>
        <translation>Antwort kopieren</translation>
    </message>
    <message>
        <source>Copy the reply as the model wrote it</source>
        <translation>Die Antwort so kopieren, wie das Modell sie geschrieben hat</translation>
    </message>
    <message>
        <source>Add to conversation</source>
        <translation>Zur Konversation hinzufügen</translation>
    </message>
    <message>
        <source>Append this reply to the conversation as an assistant message</source>
        <translation>Diese Antwort als Assistentennachricht an die Konversation anhängen</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>The runs sent in this session, newest last</source>
        <translation>Die in dieser Sitzung gesendeten Läufe, der neueste zuletzt</translation>
    </message>
    <message>
        <source>Stopped — the partial reply is kept.</source>
        <translation>Gestoppt – die unvollständige Antwort bleibt erhalten.</translation>
    </message>
    <message>
        <source>This reply is %1, so it is shown as plain text: Markdown rendering was skipped to keep the window responsive.</source>
        <translation>Diese Antwort ist %1 groß und wird daher als reiner Text angezeigt: Das Markdown-Rendering wurde übersprungen, damit das Fenster reaktionsfähig bleibt.</translation>
    </message>
    <message>
        <source>Streaming…</source>
        <translation>Wird gestreamt…</translation>
    </message>
    <message>
        <source>Waiting…</source>
        <translation>Warten…</translation>
    </message>
    <message>
        <source>Cached</source>
        <translation>Aus dem Cache</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Gestoppt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Waiting for the reply…</source>
        <translation>Warten auf die Antwort…</translation>
    </message>
    <message>
        <source>The reply has no text.</source>
        <translation>Die Antwort enthält keinen Text.</translation>
    </message>
    <message>
        <source>Stopped before any text arrived.</source>
        <translation>Gestoppt, bevor Text angekommen ist.</translation>
    </message>
    <message>
        <source>No reply text arrived before the error.</source>
        <translation>Vor dem Fehler ist kein Antworttext angekommen.</translation>
    </message>
    <message>
        <source>≈ %1 tok/s</source>
        <translation>≈ %1 Token/s</translation>
    </message>
    <message>
        <source>%1 tok/s</source>
        <translation>%1 Token/s</translation>
    </message>
    <message>
        <source>$%1</source>
        <translation>%1 $</translation>
    </message>
    <message>
        <source>Prompt %1 tokens, completion %2 tokens · %3</source>
        <translation>Prompt %1 Tokens, Completion %2 Tokens · %3</translation>
    </message>
    <message>
        <source>cost $%1</source>
        <translation>Kosten %1 $</translation>
    </message>
    <message>
        <source>price unknown</source>
        <translation>Preis unbekannt</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Reasoning</translation>
    </message>
</context>
<context>
    <name>playground::Run</name>
    <message>
        <source>The reply was still streaming when the conversation was saved.</source>
        <translation>Die Antwort wurde noch gestreamt, als die Konversation gespeichert wurde.</translation>
    </message>
</context>
<context>
    <name>playground::TimelineModel</name>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Reasoning</translation>
    </message>
    <message>
        <source>Tool call</source>
        <translation>Tool-Aufruf</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Time (ms)</source>
        <translation>Zeit (ms)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>Zeichen</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Tool</translation>
    </message>
    <message>
        <source>No run selected.</source>
        <translation>Kein Lauf ausgewählt.</translation>
    </message>
    <message>
        <source>Events: %1</source>
        <translation>Ereignisse: %1</translation>
    </message>
    <message>
        <source>first token at %1 ms</source>
        <translation>erstes Token bei %1 ms</translation>
    </message>
    <message>
        <source>no token yet</source>
        <translation>noch kein Token</translation>
    </message>
    <message>
        <source>gaps over 1 s: %1</source>
        <translation>Lücken über 1 s: %1</translation>
    </message>
    <message>
        <source>(longest %1 s)</source>
        <translation>(längste %1 s)</translation>
    </message>
</context>
<context>
    <name>playground::ToolCallView</name>
    <message>
        <source>Waiting for arguments…</source>
        <translation>Warten auf Argumente…</translation>
    </message>
    <message>
        <source>(unnamed call)</source>
        <translation>(unbenannter Aufruf)</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>Tool call arguments</source>
        <translation>Argumente des Tool-Aufrufs</translation>
    </message>
</context>
<context>
    <name>playground::ToolsPanel</name>
    <message>
        <source>Describe what the tool does and when to call it.</source>
        <translation>Beschreiben Sie, was das Tool tut und wann es aufgerufen werden soll.</translation>
    </message>
    <message>
        <source>Get the current weather for a location.</source>
        <translation>Das aktuelle Wetter für einen Ort abrufen.</translation>
    </message>
    <message>
        <source>City and country, e.g. &quot;Paris, France&quot;.</source>
        <translation>Stadt und Land, z. B. &quot;Paris, Frankreich&quot;.</translation>
    </message>
    <message>
        <source>Temperature unit; celsius when not given.</source>
        <translation>Temperatureinheit; celsius, wenn nicht angegeben.</translation>
    </message>
    <message>
        <source>Search the web and return the top results with their titles, URLs and snippets.</source>
        <translation>Das Web durchsuchen und die besten Ergebnisse mit Titeln, URLs und Ausschnitten zurückgeben.</translation>
    </message>
    <message>
        <source>What to search for, as a person would type it.</source>
        <translation>Wonach gesucht werden soll, so wie ein Mensch es eintippen würde.</translation>
    </message>
    <message>
        <source>How many results to return (default 5).</source>
        <translation>Wie viele Ergebnisse zurückgegeben werden sollen (Standard 5).</translation>
    </message>
    <message>
        <source>Run a read-only SQL query and return the rows as JSON.</source>
        <translation>Eine schreibgeschützte SQL-Abfrage ausführen und die Zeilen als JSON zurückgeben.</translation>
    </message>
    <message>
        <source>One SELECT statement.</source>
        <translation>Eine SELECT-Anweisung.</translation>
    </message>
    <message>
        <source>Name of the database to query, e.g. &quot;analytics&quot;.</source>
        <translation>Name der abzufragenden Datenbank, z. B. &quot;analytics&quot;.</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Tools</translation>
    </message>
    <message>
        <source>The tools offered to the model. Select one to edit it.</source>
        <translation>Die dem Modell angebotenen Tools. Wählen Sie eines aus, um es zu bearbeiten.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add a tool (the arrow offers templates)</source>
        <translation>Ein Tool hinzufügen (der Pfeil bietet Vorlagen an)</translation>
    </message>
    <message>
        <source>Blank tool</source>
        <translation>Leeres Tool</translation>
    </message>
    <message>
        <source>get_weather (location, unit enum)</source>
        <translation>get_weather (location, unit-Enum)</translation>
    </message>
    <message>
        <source>search_web (query, max_results integer)</source>
        <translation>search_web (query, max_results-Ganzzahl)</translation>
    </message>
    <message>
        <source>run_sql (query, database)</source>
        <translation>run_sql (query, database)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected tool (Delete)</source>
        <translation>Das ausgewählte Tool entfernen (Entf)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formatieren</translation>
    </message>
    <message>
        <source>Re-indent the tool&apos;s JSON (Ctrl+Shift+F)</source>
        <translation>Das JSON des Tools neu einrücken (Strg+Umschalt+F)</translation>
    </message>
    <message>
        <source>Whether the model may, must or must not call a tool</source>
        <translation>Ob das Modell ein Tool aufrufen darf, muss oder nicht darf</translation>
    </message>
    <message>
        <source>Tool &amp;choice:</source>
        <translation>&amp;Tool-Auswahl:</translation>
    </message>
    <message>
        <source>Output format</source>
        <translation>Ausgabeformat</translation>
    </message>
    <message>
        <source>Off (free text)</source>
        <translation>Aus (freier Text)</translation>
    </message>
    <message>
        <source>JSON object</source>
        <translation>JSON-Objekt</translation>
    </message>
    <message>
        <source>JSON schema (structured output)</source>
        <translation>JSON Schema (strukturierte Ausgabe)</translation>
    </message>
    <message>
        <source>The model answers in free text.</source>
        <translation>Das Modell antwortet in freiem Text.</translation>
    </message>
    <message>
        <source>The model answers with any valid JSON object.</source>
        <translation>Das Modell antwortet mit einem beliebigen gültigen JSON-Objekt.</translation>
    </message>
    <message>
        <source>The model answers with JSON that follows the schema below.</source>
        <translation>Das Modell antwortet mit JSON, das dem Schema unten folgt.</translation>
    </message>
    <message>
        <source>The schema&apos;s name (letters, digits, &apos;_&apos; and &apos;-&apos;); OpenAI requires one. Empty means &quot;response&quot;.</source>
        <translation>Der Name des Schemas (Buchstaben, Ziffern, &apos;_&apos; und &apos;-&apos;); OpenAI verlangt einen. Leer bedeutet &quot;response&quot;.</translation>
    </message>
    <message>
        <source>Schema &amp;name:</source>
        <translation>Sch&amp;emaname:</translation>
    </message>
    <message>
        <source>A JSON Schema must be an object.</source>
        <translation>Ein JSON Schema muss ein Objekt sein.</translation>
    </message>
    <message>
        <source>A JSON Schema object, e.g. {&quot;type&quot;: &quot;object&quot;, &quot;properties&quot;: {…}}</source>
        <translation>Ein JSON-Schema-Objekt, z. B. {&quot;type&quot;: &quot;object&quot;, &quot;properties&quot;: {…}}</translation>
    </message>
    <message>
        <source>Re-indent the schema (Ctrl+Shift+F)</source>
        <translation>Das Schema neu einrücken (Strg+Umschalt+F)</translation>
    </message>
    <message>
        <source>Another tool is also named &quot;%1&quot;; providers refuse duplicate names.</source>
        <translation>Ein anderes Tool heißt ebenfalls &quot;%1&quot;; Provider lehnen doppelte Namen ab.</translation>
    </message>
    <message>
        <source>No tool selected</source>
        <translation>Kein Tool ausgewählt</translation>
    </message>
    <message>
        <source>Add a tool to edit its JSON here.</source>
        <translation>Fügen Sie ein Tool hinzu, um sein JSON hier zu bearbeiten.</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>The model decides whether to call a tool.</source>
        <translation>Das Modell entscheidet, ob es ein Tool aufruft.</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Erforderlich</translation>
    </message>
    <message>
        <source>The model must call a tool.</source>
        <translation>Das Modell muss ein Tool aufrufen.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keins</translation>
    </message>
    <message>
        <source>The model must not call a tool.</source>
        <translation>Das Modell darf kein Tool aufrufen.</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>%1 aufrufen</translation>
    </message>
    <message>
        <source>The model must call %1.</source>
        <translation>Das Modell muss %1 aufrufen.</translation>
    </message>
    <message>
        <source>Call %1 (no such tool)</source>
        <translation>%1 aufrufen (kein solches Tool)</translation>
    </message>
    <message>
        <source>No valid tool is named &quot;%1&quot;: choose another tool choice.</source>
        <translation>Kein gültiges Tool heißt &quot;%1&quot;: wählen Sie eine andere Tool-Auswahl.</translation>
    </message>
    <message>
        <source>the selected model</source>
        <translation>Das ausgewählte Modell</translation>
    </message>
    <message>
        <source>%1 does not support function calling: remove the tools or choose another model.</source>
        <translation>%1 unterstützt keine Funktionsaufrufe: entfernen Sie die Tools oder wählen Sie ein anderes Modell.</translation>
    </message>
    <message>
        <source>%1 does not support function calling.</source>
        <translation>%1 unterstützt keine Funktionsaufrufe.</translation>
    </message>
    <message>
        <source>%1 does not support JSON object output.</source>
        <translation>%1 unterstützt keine Ausgabe als JSON-Objekt.</translation>
    </message>
    <message>
        <source>%1 does not support structured output (JSON schema).</source>
        <translation>%1 unterstützt keine strukturierte Ausgabe (JSON Schema).</translation>
    </message>
    <message>
        <source>Choose another format or the request may be refused.</source>
        <translation>Wählen Sie ein anderes Format, sonst wird die Anfrage möglicherweise abgelehnt.</translation>
    </message>
    <message>
        <source>No tools</source>
        <translation>Keine Tools</translation>
    </message>
    <message>
        <source>1 tool</source>
        <translation>1 Tool</translation>
    </message>
    <message numerus="yes">
        <source>%n tools</source>
        <translation>
            <numerusform>%n Tool</numerusform>
            <numerusform>%n Tools</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invalid</source>
        <translation>
            <numerusform>%n ungültig</numerusform>
            <numerusform>%n ungültig</numerusform>
        </translation>
    </message>
    <message>
        <source>Invalid tools block sending; hover a tool with an error icon to see why.</source>
        <translation>Ungültige Tools verhindern das Senden; zeigen Sie mit der Maus auf ein Tool mit Fehlersymbol, um den Grund zu sehen.</translation>
    </message>
    <message>
        <source>Form&amp;at:</source>
        <translation>&amp;Format:</translation>
    </message>
</context>
<context>
    <name>playground::UsagePanel</name>
    <message>
        <source>Running totals</source>
        <translation>Laufende Summen</translation>
    </message>
    <message>
        <source>This conversation:</source>
        <translation>Diese Konversation:</translation>
    </message>
    <message>
        <source>Since the app started:</source>
        <translation>Seit dem Start der App:</translation>
    </message>
    <message>
        <source>Last call:</source>
        <translation>Letzter Aufruf:</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Send asks before a request whose estimated cost would cross a budget. Spending counts every call in the usage ledger, the CLI&apos;s included.</source>
        <translation>Senden fragt vor einer Anfrage nach, deren geschätzte Kosten ein Budget überschreiten würden. Zu den Ausgaben zählt jeder Aufruf im Nutzungsprotokoll, auch die der CLI.</translation>
    </message>
    <message>
        <source>$</source>
        <translation>$</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Keine Grenze</translation>
    </message>
    <message>
        <source>Daily:</source>
        <translation>Täglich:</translation>
    </message>
    <message>
        <source>Monthly:</source>
        <translation>Monatlich:</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Dieser Monat</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Letzte 12 Monate</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <source>Group by</source>
        <translation>Gruppieren nach</translation>
    </message>
    <message>
        <source>By day</source>
        <translation>Nach Tag</translation>
    </message>
    <message>
        <source>By model</source>
        <translation>Nach Modell</translation>
    </message>
    <message>
        <source>By profile</source>
        <translation>Nach Profil</translation>
    </message>
    <message>
        <source>By provider</source>
        <translation>Nach Provider</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Every call of the chosen range, one line each</source>
        <translation>Jeder Aufruf im gewählten Zeitraum, einer pro Zeile</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>Zeitverlauf</translation>
    </message>
    <message>
        <source>No usage ledger is open.</source>
        <translation>Kein Nutzungsprotokoll ist geöffnet.</translation>
    </message>
    <message>
        <source>Reading the usage ledger…</source>
        <translation>Nutzungsprotokoll wird gelesen…</translation>
    </message>
    <message>
        <source>The usage ledger could not be read: %1</source>
        <translation>Das Nutzungsprotokoll konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No calls in this range.</source>
        <translation>Keine Aufrufe in diesem Zeitraum.</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) · %1 · %2</source>
        <translation>
            <numerusform>%n Aufruf · %1 · %2</numerusform>
            <numerusform>%n Aufrufe · %1 · %2</numerusform>
        </translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>noch keiner</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 today</source>
        <translation>%1 heute</translation>
    </message>
    <message>
        <source>%1 this month</source>
        <translation>%1 in diesem Monat</translation>
    </message>
    <message>
        <source>Export usage as CSV</source>
        <translation>Nutzung als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n call(s) to %1</source>
        <translation>
            <numerusform>%n Aufruf nach %1 exportiert</numerusform>
            <numerusform>%n Aufrufe nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Export to %1 failed: %2</source>
        <translation>Export nach %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Usage history</source>
        <translation>Nutzungsverlauf</translation>
    </message>
    <message>
        <source>Cost over time</source>
        <translation>Kosten im Zeitverlauf</translation>
    </message>
    <message>
        <source>Cost by model</source>
        <translation>Kosten nach Modell</translation>
    </message>
</context>
<context>
    <name>playground::UsageSummaryModel</name>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message numerus="yes">
        <source>%1 + %n unpriced</source>
        <translation>
            <numerusform>%1 + %n ohne Preis</numerusform>
            <numerusform>%1 + %n ohne Preis</numerusform>
        </translation>
    </message>
    <message>
        <source>(no profile)</source>
        <translation>(kein Profil)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keins)</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) answered from the cache (free)</source>
        <translation>
            <numerusform>%n Aufruf aus dem Cache beantwortet (kostenlos)</numerusform>
            <numerusform>%n Aufrufe aus dem Cache beantwortet (kostenlos)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) with estimated usage</source>
        <translation>
            <numerusform>%n Aufruf mit geschätzter Nutzung</numerusform>
            <numerusform>%n Aufrufe mit geschätzter Nutzung</numerusform>
        </translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Aufrufe</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>Cached</source>
        <translation>Aus dem Cache</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>Completion</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Reasoning</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>playground::cli::ChatCommand</name>
    <message>
        <source>Send one request to a model and print the reply.</source>
        <translation>Sendet eine Anfrage an ein Modell und gibt die Antwort aus.</translation>
    </message>
    <message>
        <source>Stream the reply as it is generated.</source>
        <translation>Die Antwort streamen, während sie erzeugt wird.</translation>
    </message>
    <message>
        <source>text (default) or json (one CreateResult object).</source>
        <translation>text (Standard) oder json (ein CreateResult-Objekt).</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Do not record this call in the usage ledger (modelkit usage).</source>
        <translation>Diesen Aufruf nicht im Nutzungsprotokoll aufzeichnen (modelkit usage).</translation>
    </message>
    <message>
        <source>Write the conversation to FILE (created if missing): the messages sent, the reply as an assistant message and this run (result, usage, cost, timings) appended. It continues the --request conversation, else FILE&apos;s own.</source>
        <translation>Die Konversation in FILE schreiben (wird angelegt, falls nicht vorhanden): die gesendeten Nachrichten, die Antwort als Assistentennachricht und dieser Durchlauf (Ergebnis, Nutzung, Kosten, Zeiten) werden angehängt. Setzt die Konversation aus --request fort, sonst die eigene von FILE.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>--output must be text or json</source>
        <translation>--output muss text oder json sein</translation>
    </message>
    <message>
        <source>--save: %1</source>
        <translation>--save: %1</translation>
    </message>
    <message>
        <source>--save: the directory of %1 does not exist</source>
        <translation>--save: das Verzeichnis von %1 existiert nicht</translation>
    </message>
    <message>
        <source>[thinking] </source>
        <translation>[Denkprozess] </translation>
    </message>
    <message>
        <source>[%1 · %2 prompt + %3 completion tokens%4%5]
</source>
        <translation>[%1 · %2 Prompt- + %3 Completion-Tokens%4%5]
</translation>
    </message>
    <message>
        <source> · cached</source>
        <translation> · aus dem Cache</translation>
    </message>
    <message>
        <source>modelkit: warning: %1
</source>
        <translation>modelkit: Warnung: %1
</translation>
    </message>
</context>
<context>
    <name>playground::cli::CompareCommand</name>
    <message>
        <source>Send the same request to several lanes at once and compare them: time to first token, total time, tokens/s, tokens, cost, finish reason and errors per lane; the fastest, cheapest and longest are marked.

A lane is PROFILE[:MODEL[:KEY=VALUE,...]]: PROFILE is a saved profile (see &quot;modelkit profile&quot;) or a provider (%1); MODEL empty = the profile&apos;s model; KEY=VALUE overrides a parameter (temperature=0.2,max_tokens=100,…), repeat=N repeats the lane, cache=true|false answers the lane&apos;s repeated requests from the response cache or never (default: --cache, --no-cache, else the profile&apos;s cache_responses), and system=TEXT (last: it takes the rest, commas included) replaces the system message.

Exit codes: 0 every lane succeeded, 4 some lanes failed, 3 every lane failed, 2 usage error, 130 interrupted.</source>
        <translation>Sendet dieselbe Anfrage gleichzeitig an mehrere Lanes und vergleicht sie: Zeit bis zum ersten Token, Gesamtzeit, Tokens/s, Tokens, Kosten, Abschlussgrund und Fehler je Lane; die schnellste, günstigste und längste werden markiert.

Eine Lane ist PROFILE[:MODEL[:KEY=VALUE,...]]: PROFILE ist ein gespeichertes Profil (siehe &quot;modelkit profile&quot;) oder ein Provider (%1); MODEL leer = das Modell des Profils; KEY=VALUE überschreibt einen Parameter (temperature=0.2,max_tokens=100,…), repeat=N wiederholt die Lane, cache=true|false beantwortet wiederholte Anfragen der Lane aus dem Antwort-Cache oder nie (Standard: --cache, --no-cache, sonst cache_responses des Profils), und system=TEXT (als letztes: es nimmt den Rest auf, Kommas eingeschlossen) ersetzt die Systemnachricht.

Exit-Codes: 0 alle Lanes erfolgreich, 4 einige Lanes fehlgeschlagen, 3 alle Lanes fehlgeschlagen, 2 falscher Aufruf, 130 unterbrochen.</translation>
    </message>
    <message>
        <source>A lane, repeatable (1 to %1).</source>
        <translation>Eine Lane, wiederholbar (1 bis %1).</translation>
    </message>
    <message>
        <source>PROFILE:MODEL[:KEY=VALUE,...]</source>
        <translation>PROFILE:MODEL[:KEY=VALUE,...]</translation>
    </message>
    <message>
        <source>Attempts per lane, one after the other (default 1; a lane&apos;s repeat=N wins): the mean and spread of latency and cost, and whether the answers differ.</source>
        <translation>Versuche pro Lane, nacheinander (Standard: 1; repeat=N einer Lane hat Vorrang): Mittelwert und Streuung von Latenz und Kosten und ob sich die Antworten unterscheiden.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>At most N attempts of the lanes of PROFILE (a profile or provider) at once, repeatable: for local servers that generate one reply at a time.</source>
        <translation>Höchstens N gleichzeitige Versuche der Lanes von PROFILE (ein Profil oder Provider), wiederholbar: für lokale Server, die nur eine Antwort auf einmal erzeugen.</translation>
    </message>
    <message>
        <source>PROFILE=N</source>
        <translation>PROFILE=N</translation>
    </message>
    <message>
        <source>text (default: one line per lane) or json (one modelkit.comparison document).</source>
        <translation>text (Standard: eine Zeile pro Lane) oder json (ein modelkit.comparison-Dokument).</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Also write the comparison (modelkit.comparison JSON) to FILE.</source>
        <translation>Den Vergleich zusätzlich (als modelkit.comparison-JSON) in FILE schreiben.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Text output: print each lane&apos;s reply after the table.</source>
        <translation>Textausgabe: die Antwort jeder Lane nach der Tabelle ausgeben.</translation>
    </message>
    <message>
        <source>Ask for whole replies instead of streams (no time to first token).</source>
        <translation>Ganze Antworten statt Streams anfordern (keine Zeit bis zum ersten Token).</translation>
    </message>
    <message>
        <source>Do not record the calls in the usage ledger (modelkit usage).</source>
        <translation>Die Aufrufe nicht im Nutzungsprotokoll aufzeichnen (modelkit usage).</translation>
    </message>
    <message>
        <source>Retries on 408/409/429/5xx and connection errors, every lane (default 2).</source>
        <translation>Wiederholungsversuche bei 408/409/429/5xx und Verbindungsfehlern, für jede Lane (Standard: 2).</translation>
    </message>
    <message>
        <source>Total timeout per attempt in seconds (default 600).</source>
        <translation>Gesamt-Timeout pro Versuch in Sekunden (Standard: 600).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDS</translation>
    </message>
    <message>
        <source>Fail when no byte arrives for this long (default 120).</source>
        <translation>Mit Fehler abbrechen, wenn so lange kein Byte eintrifft (Standard: 120).</translation>
    </message>
    <message>
        <source>Allow HTTP/2 (off by default).</source>
        <translation>HTTP/2 erlauben (standardmäßig aus).</translation>
    </message>
    <message>
        <source>--output must be text or json</source>
        <translation>--output muss text oder json sein</translation>
    </message>
    <message>
        <source>--save: the directory of %1 does not exist</source>
        <translation>--save: das Verzeichnis von %1 existiert nicht</translation>
    </message>
    <message>
        <source>no client for lane %1</source>
        <translation>kein Client für Lane %1</translation>
    </message>
    <message>
        <source>give the lanes to compare: --lane PROFILE:MODEL (up to %1)</source>
        <translation>geben Sie die zu vergleichenden Lanes an: --lane PROFILE:MODEL (bis zu %1)</translation>
    </message>
    <message>
        <source>at most %1 lanes, not %2</source>
        <translation>höchstens %1 Lanes, nicht %2</translation>
    </message>
    <message>
        <source>--repeat expects a whole number from 1 to %1</source>
        <translation>--repeat erwartet eine ganze Zahl von 1 bis %1</translation>
    </message>
    <message>
        <source>--lane %1</source>
        <translation>--lane %1</translation>
    </message>
    <message>
        <source>--lane %1: &quot;%2&quot; is not a provider (%3), and the profiles cannot be read: %4</source>
        <translation>--lane %1: &quot;%2&quot; ist kein Provider (%3), und die Profile können nicht gelesen werden: %4</translation>
    </message>
    <message>
        <source>--lane %1: &quot;%2&quot; is not a provider (%3), and there are no saved profiles (&quot;modelkit profile add&quot;)</source>
        <translation>--lane %1: &quot;%2&quot; ist kein Provider (%3), und es gibt keine gespeicherten Profile (&quot;modelkit profile add&quot;)</translation>
    </message>
    <message>
        <source>--lane %1: &quot;%2&quot; is neither a saved profile (%3) nor a provider (%4)</source>
        <translation>--lane %1: &quot;%2&quot; ist weder ein gespeichertes Profil (%3) noch ein Provider (%4)</translation>
    </message>
    <message>
        <source>--lane %1: %2</source>
        <translation>--lane %1: %2</translation>
    </message>
    <message>
        <source>an OpenAI-compatible server needs its URL: save a profile (modelkit profile add NAME --kind compatible --base-url URL) and name it instead</source>
        <translation>ein OpenAI-kompatibler Server braucht seine URL: speichern Sie ein Profil (modelkit profile add NAME --kind compatible --base-url URL) und geben Sie stattdessen dieses an</translation>
    </message>
    <message>
        <source>--limit &quot;%1&quot; is not PROFILE=N with N at least 1</source>
        <translation>--limit &quot;%1&quot; hat nicht die Form PROFILE=N mit N mindestens 1</translation>
    </message>
    <message>
        <source>--limit %1: no lane uses &quot;%2&quot; (the lanes use %3)</source>
        <translation>--limit %1: keine Lane verwendet &quot;%2&quot; (die Lanes verwenden %3)</translation>
    </message>
    <message numerus="yes">
        <source>[%1 %2: queued, %3 runs %n at a time]
</source>
        <translation>
            <numerusform>[%1 %2: in der Warteschlange, bei %3 läuft höchstens %n Versuch gleichzeitig]
</numerusform>
            <numerusform>[%1 %2: in der Warteschlange, bei %3 laufen höchstens %n Versuche gleichzeitig]
</numerusform>
        </translation>
    </message>
    <message>
        <source>--save: %1</source>
        <translation>--save: %1</translation>
    </message>
    <message>
        <source>%1/%2 succeeded</source>
        <translation>%1/%2 erfolgreich</translation>
    </message>
    <message>
        <source>cached</source>
        <translation>aus dem Cache</translation>
    </message>
    <message>
        <source>%1/%2 cached</source>
        <translation>%1/%2 aus dem Cache</translation>
    </message>
    <message>
        <source>ttft %1</source>
        <translation>ttft %1</translation>
    </message>
    <message>
        <source>total %1</source>
        <translation>gesamt %1</translation>
    </message>
    <message>
        <source>%1 tok/s</source>
        <translation>%1 tok/s</translation>
    </message>
    <message>
        <source>tokens %1 prompt / %2 completion (reasoning %3, cached %4)</source>
        <translation>Tokens %1 Prompt / %2 Completion (Reasoning %3, gecacht %4)</translation>
    </message>
    <message>
        <source>cost unknown</source>
        <translation>Kosten unbekannt</translation>
    </message>
    <message>
        <source>answers differ (%1 distinct)</source>
        <translation>Antworten unterscheiden sich (%1 verschiedene)</translation>
    </message>
    <message>
        <source>same answer</source>
        <translation>gleiche Antwort</translation>
    </message>
    <message>
        <source>modelkit: warning: %1
</source>
        <translation>modelkit: Warnung: %1
</translation>
    </message>
</context>
<context>
    <name>playground::cli::ModelsCommand</name>
    <message>
        <source>List the models a provider offers.</source>
        <translation>Listet die Modelle auf, die ein Provider anbietet.</translation>
    </message>
    <message>
        <source>text (default) or json.</source>
        <translation>text (Standard) oder json.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
</context>
<context>
    <name>playground::cli::TokensCommand</name>
    <message>
        <source>Count the prompt tokens of a request: a local estimate, and the provider&apos;s exact count where it has an endpoint (Anthropic, Gemini).</source>
        <translation>Zählt die Prompt-Tokens einer Anfrage: eine lokale Schätzung und die genaue Zahl des Providers, sofern er einen Endpunkt dafür hat (Anthropic, Gemini).</translation>
    </message>
    <message>
        <source>text (default) or json.</source>
        <translation>text (Standard) oder json.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>estimate: %1 tokens (local heuristic)
</source>
        <translation>Schätzung: %1 Tokens (lokale Heuristik)
</translation>
    </message>
    <message>
        <source>exact:    %1 tokens (%2)
</source>
        <translation>genau:     %1 Tokens (%2)
</translation>
    </message>
    <message>
        <source>exact:    not available (%1 has no counting endpoint)
</source>
        <translation>genau:     nicht verfügbar (%1 hat keinen Endpunkt zum Zählen)
</translation>
    </message>
    <message>
        <source>context:  %1 of %2 tokens remain
</source>
        <translation>Kontext:   %1 von %2 Tokens verbleiben
</translation>
    </message>
</context>
</TS>
